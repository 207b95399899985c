package com.example.articles.blocks;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key of a block: NFKC, case-folded with {@link Locale#ROOT}, and only its
 * letters, marks and digits kept. Two blocks with the same key differ only in whitespace,
 * punctuation, case or Unicode form. Marks are kept because in many scripts they are
 * vowels, not accents. One pass over the text; ASCII text skips the Unicode work.
 */
public final class TextKey {

	private TextKey() {
	}

	public static String of(String text) {
		String folded = fold(text);
		StringBuilder key = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length();) {
			int cp = folded.codePointAt(i);
			i += Character.charCount(cp);
			if (isWordChar(cp)) {
				key.appendCodePoint(cp);
			}
		}
		return key.toString();
	}

	/**
	 * NFKC and a full case fold: upper then lower case maps "ß" to "ss" and final sigma
	 * to sigma; {@link Locale#ROOT} keeps a Turkish default locale from changing "I".
	 */
	static String fold(String text) {
		if (isAscii(text)) {
			// NFKC leaves ASCII alone, and upper-then-lower is plain lower case there.
			return text.toLowerCase(Locale.ROOT);
		}
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

	/** A letter, mark or number: what a key keeps and what words are made of. */
	static boolean isWordChar(int cp) {
		if (cp < 0x80) {
			return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
		}
		return switch (Character.getType(cp)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
					Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> false;
		};
	}

	static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
