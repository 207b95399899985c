package com.example.articles.blocks;

import java.util.regex.Pattern;

/**
 * Lines that belong to the page, not the article: ad slots, share bars, "Read more:"
 * links, and stray punctuation. Only whole lines count: a paragraph that mentions an
 * advertisement is not one.
 */
public final class BoilerplateText {

	// mayMatchLine must let through every text this matches: change the two together
	private static final Pattern LINE = Pattern.compile("(?iu)(?:advertisements?|advertising|sponsored(?: content)?"
			+ "|share(?: this(?: article| story)?)?|share or comment on this article:?.*|scroll down for (?:the )?video"
			+ "|read more|read more\\s*[:»›>|\\-–—].*|(?:related|recommended) (?:articles?|stories)"
			+ "|continue reading(?: below)?|(?:story|article) continues (?:below|after (?:the )?advertisement)"
			+ "|(?:story|article) continues below advertisement)\\s*[.:]?");

	private BoilerplateText() {
	}

	public static boolean isBoilerplate(String line) {
		if (isPunctuationOnly(line)) {
			return true;
		}
		String stripped = line.strip();
		return mayMatchLine(stripped) && LINE.matcher(stripped).matches();
	}

	/**
	 * False when {@link #LINE} cannot match, without running it (it is tried on every
	 * block): each of its lines begins with a, s, r or c, in either case (a char beyond
	 * ASCII might match one, as U+017F does "s").
	 */
	private static boolean mayMatchLine(String stripped) {
		if (stripped.isEmpty()) {
			return true;
		}
		char first = stripped.charAt(0);
		if (first >= 0x80) {
			return true;
		}
		// Setting bit 5 lower-cases an ASCII letter; only 'A' and 'a' give 'a'.
		char lower = (char) (first | 0x20);
		return lower == 'a' || lower == 's' || lower == 'r' || lower == 'c';
	}

	/** No letter and no digit: ".", "* * *", "–". */
	public static boolean isPunctuationOnly(String text) {
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			if (TextKey.isWordChar(cp)) {
				return false;
			}
			i += Character.charCount(cp);
		}
		return true;
	}

}
