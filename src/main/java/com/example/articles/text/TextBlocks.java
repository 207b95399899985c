package com.example.articles.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a plain-text payload into blocks of lines. Any line break ({@code \R}) ends a
 * line; a line of only whitespace, no-break spaces included, is blank, and blank lines
 * separate blocks; lines that are paragraphs of their own are blocks too. Text is
 * NFC-normalized, every kind of space becomes a plain one, and zero-width spaces and byte
 * order marks go.
 */
final class TextBlocks {

	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	/**
	 * Space separators (NBSP, narrow NBSP, figure space, ideographic space...) and tabs.
	 */
	private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");

	/** Zero-width space, word joiner, BOM. ZWJ and ZWNJ stay: some scripts need them. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…][\"”’'»)\\]]*$");

	private TextBlocks() {
	}

	/** The blocks in order, each as its non-blank lines, stripped. */
	static List<List<String>> split(String text) {
		String clean = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
		List<List<String>> blocks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String line : LINE_BREAK.split(clean, -1)) {
			String stripped = (isPlain(line) ? line : SPACES.matcher(line).replaceAll(" ")).strip();
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
		return splitLinesThatAreParagraphs(blocks);
	}

	/**
	 * Some scrapers end paragraphs with a single line break. A block splits into its
	 * lines when every line but the last ends a sentence. A text without any blank line
	 * splits when few of its line breaks fall inside a sentence (the line does not end
	 * one and the next starts in lower case): headlines and captions end no sentence, but
	 * the line after them starts a new one, while hard-wrapped prose continues in lower
	 * case.
	 */
	/** No tab, no exotic space, no run of spaces: nothing for {@link #SPACES} to do. */
	private static boolean isPlain(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if ((c < 0x20 && c != ' ') || (c == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ')
					|| (c >= 0x80 && Character.getType(c) == Character.SPACE_SEPARATOR)) {
				return false;
			}
		}
		return true;
	}

	private static List<List<String>> splitLinesThatAreParagraphs(List<List<String>> blocks) {
		List<List<String>> split = new ArrayList<>(blocks.size());
		for (List<String> block : blocks) {
			int breaks = block.size() - 1;
			int endings = 0;
			int continuations = 0;
			for (int i = 0; i < breaks; i++) {
				boolean ends = SENTENCE_END.matcher(block.get(i)).find();
				if (ends) {
					endings++;
				}
				else if (Character.isLowerCase(block.get(i + 1).codePointAt(0))) {
					continuations++;
				}
			}
			boolean paragraphs = breaks > 0
					&& (endings == breaks || (blocks.size() == 1 && breaks >= 2 && continuations * 4 <= breaks));
			if (paragraphs) {
				for (String line : block) {
					split.add(List.of(line));
				}
			}
			else {
				split.add(block);
			}
		}
		return split;
	}

}
