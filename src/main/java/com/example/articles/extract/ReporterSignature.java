package com.example.articles.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.RemovedBlock;

/**
 * The author of a Korean article, which names its writer in a signature line at the end
 * of the body ("홍길동 기자 hong@example.co.kr", "칼럼니스트 홍길동") or in the lead ("(서울=뉴스1) 홍길동 기자
 * = ...") instead of a byline under the headline. Read only when the page gave no author
 * otherwise.
 */
final class ReporterSignature {

	private static final String ROLE = "(?:기자|객원기자|선임기자|수습기자|특파원|칼럼니스트|논설위원|편집위원|평론가|통신원)";

	/** Name, then role: "홍길동 기자", "홍길동 칼럼니스트 hong@example.co.kr". */
	private static final Pattern NAME_ROLE = Pattern
		.compile("^([가-힣]{2,4})\\s?" + ROLE + "(?=$|[\\s,.(\\[<]|[\\w.+-]+@)");

	/** Role, then name: "칼럼니스트 홍길동". */
	private static final Pattern ROLE_NAME = Pattern.compile("^" + ROLE + "\\s?([가-힣]{2,4})(?=$|[\\s,.(\\[<])");

	/** "(서울=뉴스1) 홍길동 기자 = " at the start of the lead. */
	private static final Pattern LEAD = Pattern
		.compile("^[(\\[][^)\\]]{1,20}=[^)\\]]{1,20}[)\\]]\\s*([가-힣]{2,4})\\s?" + ROLE + "\\s?=");

	/** "홍길동 기자 hong@example.co.kr" inside a longer text. */
	private static final Pattern SIGNED = Pattern
		.compile("(?<![가-힣])([가-힣]{2,4})\\s?" + ROLE + "\\s+[\\w.+-]+@[\\w-]+\\.[\\w.]+");

	/** How much of the end of the last block is searched for a signature. */
	private static final int TAIL_CHARS = 200;

	/** A signature line is short. */
	private static final int MAX_LINE = 80;

	/** Lines read from the end of the body. */
	private static final int TAIL = 4;

	private ReporterSignature() {
	}

	/** The signed name, or null. */
	static @Nullable String find(List<Block> blocks, List<RemovedBlock> removed) {
		if (!blocks.isEmpty()) {
			Matcher lead = LEAD.matcher(blocks.get(0).text());
			if (lead.find()) {
				return lead.group(1);
			}
		}
		for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - TAIL); i--) {
			String name = signature(blocks.get(i).text());
			if (name != null) {
				return name;
			}
		}
		if (!blocks.isEmpty()) {
			// lines joined into one block: a name, a role and an address near the end
			String last = blocks.get(blocks.size() - 1).text();
			Matcher signed = SIGNED.matcher(last.substring(Math.max(0, last.length() - TAIL_CHARS)));
			String name = null;
			while (signed.find()) {
				name = signed.group(1);
			}
			if (name != null) {
				return name;
			}
		}
		// the signature is often dropped from the body with the copyright lines under it
		for (RemovedBlock block : removed) {
			String name = signature(block.text());
			if (name != null) {
				return name;
			}
		}
		return null;
	}

	static @Nullable String signature(String line) {
		String text = line.strip();
		if (text.length() > MAX_LINE) {
			return null;
		}
		Matcher m = NAME_ROLE.matcher(text);
		if (m.find()) {
			return m.group(1);
		}
		m = ROLE_NAME.matcher(text);
		return m.find() ? m.group(1) : null;
	}

}
