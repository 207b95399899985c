package com.example.articles.blocks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a block: NFKC, case-folded with {@link Locale#ROOT}, and only its
 * letters, marks and digits kept. Two blocks with the same key differ only in whitespace,
 * punctuation, case or Unicode form. Marks are kept because in many scripts they are
 * vowels, not accents.
 */
public final class TextKey {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	private TextKey() {
	}

	public static String of(String text) {
		return NOT_WORD.matcher(fold(text)).replaceAll("");
	}

	/**
	 * NFKC and a full case fold: upper then lower case maps "ß" to "ss" and final sigma
	 * to sigma; {@link Locale#ROOT} keeps a Turkish default locale from changing "I".
	 */
	static String fold(String text) {
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

}
