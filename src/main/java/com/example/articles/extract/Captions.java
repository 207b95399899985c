package com.example.articles.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Splits a photo credit off the end of a caption. */
final class Captions {

	private static final String AGENCIES = "getty|reuters|afp|ap|epa|dpa|pa|shutterstock|alamy|istock|imago|xinhua"
			+ "|bloomberg|anadolu|picture alliance|picture-alliance|keystone|ansa|efe|sipa|corbis|rex|wikimedia|nurphoto"
			+ "|sopa|zuma|pap|kyodo|yonhap|tass|abaca";

	/** "(Getty Images)", "(AP Photo/Jane Doe)", "(Foto: dpa)", "(© X)". */
	private static final Pattern TRAILING_PARENTHESIS = Pattern.compile(
			"^(.*?)[\\s,.;:–—-]*[(\\[]\\s*((?:(?:photo|image|picture|foto|bild|zdjęcie|fot\\.|credit|source|quelle"
					+ "|©|copyright)[^()\\[\\]]{0,80})|(?:[^()\\[\\]]{0,40}(?:\\b(?:" + AGENCIES
					+ ")\\b|images|photos?|/)[^()\\[\\]]{0,60}))\\s*[)\\]]\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	/** "... Photo: Jane Doe", "... Foto: dpa", "... © Jane Doe", "... Credit: X". */
	private static final Pattern TRAILING_LABEL = Pattern.compile(
			"^(.*?)[\\s,.;|–—-]*((?:\\b(?:photo(?:graph)?s?|image|picture|foto|bild|zdjęcie|credit|source|quelle)"
					+ "\\s*(?:credit)?\\s*[:：]|\\bfot\\.|©)\\s*[^:©]{2,80})$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	private static final Pattern LABEL = Pattern
		.compile("^(?:(?:photo(?:graph)?s?|image|picture|foto|bild|zdjęcie|credit|source|quelle)\\s*(?:credit)?\\s*[:：]"
				+ "|fot\\.)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "Abbildung 4: ...", "Fig. 2: ...", "Beitragsbild: ...": a figure's label. */
	// mayHaveLabel must let through every text this matches: change the two together
	private static final Pattern FIGURE_LABEL = Pattern.compile(
			"^(?:abbildung|abb\\.|figure|fig\\.|grafik|illustration|image illustrative|beitragsbild|titelbild|bild|foto"
					+ "|photo|darstellung|ilustracja|rycina|zdjęcie)\\s*\\d*\\s*[:：]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Longest paragraph taken for a caption by its wording alone. */
	private static final int MAX_CAPTION_LINE = 300;

	private Captions() {
	}

	/**
	 * Whether a paragraph is worded like a caption: it starts with a figure label or ends
	 * with a photo credit ("... (Foto: dpa)", "... (Jane Doe / iStock.com)").
	 */
	static boolean isCaptionLine(String text) {
		if (text.length() > MAX_CAPTION_LINE) {
			return false;
		}
		// the label ends at a colon: most paragraphs hold none, and the search for one is
		// cheaper than a try of the expression
		if ((text.indexOf(':') >= 0 || text.indexOf('：') >= 0) && FIGURE_LABEL.matcher(text).lookingAt()) {
			return true;
		}
		return text.charAt(text.length() - 1) == ')' && split(text).credit() != null;
	}

	record Split(String caption, @Nullable String credit) {
	}

	static Split split(String caption) {
		if (endsWithBracket(caption)) {
			Matcher parenthesis = TRAILING_PARENTHESIS.matcher(caption);
			if (parenthesis.matches() && looksLikeCredit(parenthesis.group(2))) {
				return new Split(parenthesis.group(1).strip(), cleanCredit(parenthesis.group(2)));
			}
		}
		if (mayHaveLabel(caption)) {
			Matcher label = TRAILING_LABEL.matcher(caption);
			if (label.matches()) {
				return new Split(label.group(1).strip(), cleanCredit(label.group(2)));
			}
		}
		return new Split(caption, null);
	}

	/**
	 * Whether the text ends with ")" or "]" before trailing whitespace, which
	 * {@link #TRAILING_PARENTHESIS} needs: most captions do not, and its lazy prefix
	 * makes a failed match cost a pass per character.
	 */
	static boolean endsWithBracket(String text) {
		int end = text.length();
		// the characters of \s (without UNICODE_CHARACTER_CLASS)
		while (end > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return end > 0 && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == ']');
	}

	/**
	 * Whether the text holds something {@link #TRAILING_LABEL} needs: a colon (after
	 * "Photo", "Credit"...), "©", or "fot." in any case.
	 */
	static boolean mayHaveLabel(String text) {
		if (text.indexOf(':') >= 0 || text.indexOf('：') >= 0 || text.indexOf('©') >= 0) {
			return true;
		}
		for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
			if (text.regionMatches(true, dot - 3, "fot", 0, 3)) {
				return true;
			}
		}
		return false;
	}

	private static boolean looksLikeCredit(String text) {
		return text.length() <= 100;
	}

	/** "Photo: Jane Doe" -> "Jane Doe"; "(c) X" and "©" kept as the reader sees them. */
	static String cleanCredit(String credit) {
		String stripped = LABEL.matcher(credit.strip()).replaceFirst("");
		return stripped.isEmpty() ? credit.strip() : stripped;
	}

}
