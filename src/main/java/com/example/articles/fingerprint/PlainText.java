package com.example.articles.fingerprint;

/**
 * Text whose words and case fold are those of its ASCII lower case, so that NFKC and the
 * Unicode code point loops can be skipped: ASCII, or ASCII with typographic punctuation
 * that NFKC and case folding leave alone or turn into other punctuation or spaces (curly
 * quotes, en and em dashes, the ellipsis, the no-break space). None of these is a letter
 * or a number, before or after NFKC, and none composes with a neighbour. Most bodies are
 * such text. Thread-safe.
 */
public final class PlainText {

	private PlainText() {
	}

	public static boolean isPlain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80 && !isPlainPunctuation(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One of the chars beyond ASCII that plain text may hold; for scans that check each
	 * char as they go instead of calling {@link #isPlain} first.
	 */
	public static boolean isPlainPunctuation(char c) {
		return switch (c) {
			case '\u00a0', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2026' -> true;
			default -> false;
		};
	}

}
