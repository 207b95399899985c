package com.example.articles.extract;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Small text helpers shared by the extraction steps. */
final class Texts {

	private Texts() {
	}

	static boolean isSpace(char c) {
		if (c <= ' ') {
			return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
		}
		if (c < '\u2002') {
			// printable ASCII, Latin, Greek, Cyrillic...: most characters of a page
			return c == '\u00A0';
		}
		return c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u200A' || c == '\u2002' || c == '\u2003'
				|| c == '\u3000';
	}

	/**
	 * Characters that only ever leak in from markup: the zero-width space and the byte
	 * order mark. Soft hyphens, zero-width joiners and non-joiners stay: they carry
	 * hyphenation points, Persian and Indic spelling, and emoji sequences.
	 */
	static boolean isInvisible(char c) {
		return c == '\u200B' || c == '\uFEFF';
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
		// whether a space would be dropped here: at the start, or after a space
		boolean suppress = sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ';
		int length = text.length();
		int run = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c > ' ' && c < '\u00A0') {
				suppress = false;
				continue;
			}
			if (c == ' ' && !suppress) {
				// a single space between words stays as it is: part of the run
				suppress = true;
				continue;
			}
			if (!isSpace(c) && !isInvisible(c)) {
				suppress = false;
				continue;
			}
			// copy the run of text as it is in one call, then the space (or nothing)
			if (i > run) {
				sb.append(text, run, i);
			}
			run = i + 1;
			if (isSpace(c) && !suppress) {
				sb.append(' ');
				suppress = true;
			}
		}
		if (length > run) {
			sb.append(text, run, length);
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
	 * Set in what {@link #measure} returns when {@link #appendCollapsed} would change
	 * more of the text than a leading space.
	 */
	static final int NOT_COLLAPSED = 1 << 30;

	/**
	 * Set in what {@link #measure} returns when the text holds a character from U+0300 up
	 * that is no space: one that may need composing (see {@code BodyAssembler.composed}).
	 */
	static final int FROM_U0300 = 1 << 29;

	/**
	 * {@link #collapsedLength} of the text, plus {@link #FROM_U0300} if it applies, plus
	 * {@link #NOT_COLLAPSED} unless the text is already collapsed: its only whitespace is
	 * single plain spaces and it holds no invisible character. Appending such a text
	 * collapsed is appending it as it is (after its leading space, where that would be
	 * dropped): see {@link #appendClean}.
	 */
	static int measure(String text) {
		int n = 0;
		boolean space = true;
		boolean clean = true;
		boolean high = false;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c > ' ' && c < '\u00A0') {
				n++;
				space = false;
			}
			else if (c == ' ') {
				if (!space) {
					n++;
					space = true;
				}
				else if (i > 0) {
					// a second space in a row
					clean = false;
				}
			}
			else if (isSpace(c)) {
				// another space character
				clean = false;
				if (!space) {
					n++;
					space = true;
				}
			}
			else {
				if (c >= '\u0300') {
					high = true;
					if (isInvisible(c)) {
						clean = false;
					}
				}
				n++;
				space = false;
			}
		}
		return (clean ? n : n | NOT_COLLAPSED) | (high ? FROM_U0300 : 0);
	}

	/**
	 * What {@link #appendCollapsed} does with a text that {@link #measure} found
	 * collapsed already: the text as it is, without a leading space where one would be
	 * dropped.
	 */
	static void appendClean(StringBuilder sb, String text) {
		int length = text.length();
		if (length == 0) {
			return;
		}
		if (text.charAt(0) == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) {
			sb.append(text, 1, length);
		}
		else {
			sb.append(text);
		}
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
		// ASCII into a plain array (no builder bookkeeping per character); the first
		// other character hands over to the code point loop
		char[] ascii = new char[length];
		int n = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				return keyFrom(text, i, ascii, n);
			}
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				ascii[n++] = c;
			}
			else if (c >= 'A' && c <= 'Z') {
				ascii[n++] = (char) (c + ('a' - 'A'));
			}
		}
		return new String(ascii, 0, n);
	}

	/**
	 * The rest of {@link #key} from the first non-ASCII character on, into an array too:
	 * a lower-cased code point takes at most two chars.
	 */
	private static String keyFrom(String text, int from, char[] ascii, int keyLength) {
		int length = text.length();
		char[] out = Arrays.copyOf(ascii, keyLength + 2 * (length - from));
		int n = keyLength;
		for (int i = from; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
					out[n++] = c;
				}
				else if (c >= 'A' && c <= 'Z') {
					out[n++] = (char) (c + ('a' - 'A'));
				}
				continue;
			}
			int cp = text.codePointAt(i);
			if (Character.isLetterOrDigit(cp)) {
				n += Character.toChars(Character.toLowerCase(cp), out, n);
			}
			if (Character.isSupplementaryCodePoint(cp)) {
				i++;
			}
		}
		return new String(out, 0, n);
	}

	/**
	 * The length of {@link #key}, without building the key: a text whose key cannot equal
	 * any key it is compared with (by length) needs no key.
	 */
	static int keyLength(String text) {
		int length = text.length();
		int n = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
					n++;
				}
				continue;
			}
			int cp = text.codePointAt(i);
			if (Character.isLetterOrDigit(cp)) {
				n += Character.charCount(Character.toLowerCase(cp));
			}
			if (Character.isSupplementaryCodePoint(cp)) {
				i++;
			}
		}
		return n;
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
