package com.example.articles.blocks;

import java.util.regex.Pattern;

/**
 * Lines that belong to the page, not the article: ad slots, share bars, "Read more:"
 * links, and stray punctuation. Only whole lines count: a paragraph that mentions an
 * advertisement is not one.
 */
public final class BoilerplateText {

	private static final Pattern LINE = Pattern.compile("(?iu)(?:advertisements?|advertising|sponsored(?: content)?"
			+ "|share(?: this(?: article| story)?)?|share or comment on this article:?.*|scroll down for (?:the )?video"
			+ "|read more|read more\\s*[:»›>|\\-–—].*|(?:related|recommended) (?:articles?|stories)"
			+ "|continue reading(?: below)?|(?:story|article) continues (?:below|after (?:the )?advertisement)"
			+ "|(?:story|article) continues below advertisement)\\s*[.:]?");

	private BoilerplateText() {
	}

	public static boolean isBoilerplate(String line) {
		return isPunctuationOnly(line) || LINE.matcher(line.strip()).matches();
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
