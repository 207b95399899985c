package com.example.articles.text;

import java.util.List;
import java.util.regex.Pattern;

import com.example.articles.blocks.TextKey;

/**
 * Decides whether the first block of a text is its headline: it is when the next block
 * repeats it, or when it is short, one sentence, and does not end with a full stop,
 * colon, semicolon or comma (a question or exclamation mark is fine). A lone block is
 * never the title: it is the article.
 */
final class TitleDetector {

	private static final int MAX_WORDS = 25;

	private static final int MAX_CHARS = 250;

	/** A full stop, but not an ellipsis; closing quotes after it do not matter. */
	private static final Pattern FULL_STOP = Pattern.compile("(?<![.])[.。．][\"”’')\\]]*$");

	/** A lead-in ("Here's why:") or an unfinished line is no headline. */
	private static final Pattern OPEN_END = Pattern.compile("[:;,]$");

	/** A second sentence: "... its advertiser. All opinions are mine". */
	private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{Ll}[.!?][\"”’')]*\\s+\\p{Lu}");

	private TitleDetector() {
	}

	/**
	 * @param candidates the texts of the blocks that may open the body, in order
	 */
	static boolean isTitle(List<String> candidates) {
		if (candidates.size() < 2) {
			return false;
		}
		String first = candidates.get(0);
		if (TextKey.of(first).equals(TextKey.of(candidates.get(1)))) {
			return true;
		}
		return CaptionParser.words(first) <= MAX_WORDS && first.length() <= MAX_CHARS
				&& !FULL_STOP.matcher(first).find() && !OPEN_END.matcher(first).find()
				&& !TWO_SENTENCES.matcher(first).find();
	}

}
