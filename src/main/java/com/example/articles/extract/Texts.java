package com.example.articles.extract;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Small text helpers shared by the extraction steps. */
final class Texts {

	private Texts() {
	}

	static boolean isSpace(char c) {
		if (c > ' ') {
			// printable ASCII and Latin-1 letters first: most characters of a page
			return c >= '\u00A0' && (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u200A'
					|| c == '\u2002' || c == '\u2003' || c == '\u3000');
		}
		return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
	}

	static boolean isInvisible(char c) {
		return c >= '\u00AD' && (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD');
	}

	/**
	 * A character that is neither whitespace nor invisible, decided without the lists for
	 * printable ASCII.
	 */
	private static boolean isPlain(char c) {
		if (c > ' ' && c < '\u00A0') {
			return true;
		}
		return !isSpace(c) && !isInvisible(c);
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
		int length = text.length();
		int i = 0;
		while (i < length) {
			// copy runs of ordinary characters in one call, not one append per character
			int start = i;
			while (i < length && isPlain(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				sb.append(text, start, i);
				space = false;
			}
			if (i == length) {
				break;
			}
			if (isSpace(text.charAt(i)) && !space && sb.length() > 0) {
				sb.append(' ');
				space = true;
			}
			// an invisible character is dropped and changes nothing
			i++;
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
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c > ' ' && c < '\u00A0') {
				n++;
				space = false;
			}
			else if (isSpace(c)) {
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
		int length = text.length();
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				// ASCII: letters and digits by range, no code point work
				if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
					sb.append(c);
				}
				else if (c >= 'A' && c <= 'Z') {
					sb.append((char) (c + ('a' - 'A')));
				}
				continue;
			}
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
