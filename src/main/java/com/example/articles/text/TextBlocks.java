package com.example.articles.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a plain-text payload into blocks of lines. Any line break ({@code \R}) ends a
 * line; a line of only whitespace, no-break spaces included, is blank, and blank lines
 * separate blocks. Text is NFC-normalized, every kind of space becomes a plain one, and
 * zero-width spaces and byte order marks go.
 */
final class TextBlocks {

	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	/**
	 * Space separators (NBSP, narrow NBSP, figure space, ideographic space...) and tabs.
	 */
	private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");

	/** Zero-width space, word joiner, BOM. ZWJ and ZWNJ stay: some scripts need them. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]");

	private TextBlocks() {
	}

	/** The blocks in order, each as its non-blank lines, stripped. */
	static List<List<String>> split(String text) {
		String clean = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
		List<List<String>> blocks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String line : LINE_BREAK.split(clean, -1)) {
			String stripped = SPACES.matcher(line).replaceAll(" ").strip();
			if (stripped.isEmpty()) {
				if (!current.isEmpty()) {
					blocks.add(current);
					current = new ArrayList<>();
				}
			}
			else {
				current.add(stripped);
			}
		}
		if (!current.isEmpty()) {
			blocks.add(current);
		}
		return blocks;
	}

}
