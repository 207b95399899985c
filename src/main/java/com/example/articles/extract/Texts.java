package com.example.articles.extract;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Small text helpers shared by the extraction steps. */
final class Texts {

	private Texts() {
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2007'
				|| c == '\u202F' || c == '\u2009' || c == '\u200A' || c == '\u2002' || c == '\u2003' || c == '\u3000'
				|| c == '\u000B';
	}

	static boolean isInvisible(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
	}

	/** Whitespace (including no-break spaces) collapsed to single spaces, trimmed. */
	static String collapse(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		appendCollapsed(sb, text);
		return strip(sb);
	}

	/**
	 * Appends {@code text} to {@code sb}, collapsing whitespace runs (also across the
	 * boundary with what {@code sb} already ends with).
	 */
	static void appendCollapsed(StringBuilder sb, String text) {
		boolean space = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				if (!space && sb.length() > 0) {
					sb.append(' ');
					space = true;
				}
			}
			else if (!isInvisible(c)) {
				sb.append(c);
				space = false;
			}
		}
	}

	static String strip(StringBuilder sb) {
		int end = sb.length();
		while (end > 0 && sb.charAt(end - 1) == ' ') {
			end--;
		}
		int start = 0;
		while (start < end && sb.charAt(start) == ' ') {
			start++;
		}
		return sb.substring(start, end);
	}

	/** Length of the text as it would be after collapsing whitespace. */
	static int collapsedLength(String text) {
		int n = 0;
		boolean space = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				if (!space) {
					n++;
					space = true;
				}
			}
			else {
				n++;
				space = false;
			}
		}
		return n;
	}

	/**
	 * A comparison key: letters and digits only, lower-cased; two texts that differ only
	 * in spacing, punctuation or case have the same key.
	 */
	static String key(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			int cp = text.codePointAt(i);
			if (Character.isLetterOrDigit(cp)) {
				sb.appendCodePoint(Character.toLowerCase(cp));
			}
			if (Character.isSupplementaryCodePoint(cp)) {
				i++;
			}
		}
		return sb.toString();
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int cut = text.lastIndexOf(' ', max);
		return text.substring(0, cut > max / 2 ? cut : max) + "…";
	}

	static @Nullable String blankToNull(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String collapsed = collapse(text);
		return collapsed.isEmpty() ? null : collapsed;
	}

}
