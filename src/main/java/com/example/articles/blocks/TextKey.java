package com.example.articles.blocks;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.example.articles.fingerprint.PlainText;

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
		String plain = ofPlain(text);
		return (plain != null) ? plain : ofFolded(text);
	}

	/**
	 * The key of {@link PlainText#isPlain plain} text: its ASCII letters, lower-cased,
	 * and digits; null at the first char that is not plain.
	 */
	private static @Nullable String ofPlain(String text) {
		int length = text.length();
		byte[] key = new byte[length];
		int keyLength = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				key[keyLength++] = (byte) c;
			}
			else if (c >= 0x80 && !PlainText.isPlainPunctuation(c)) {
				return null;
			}
		}
		// ASCII, so the Latin-1 bytes are the chars.
		return new String(key, 0, keyLength, StandardCharsets.ISO_8859_1);
	}

	/** {@link #of} by the Unicode fold, whatever the text. */
	static String ofFolded(String text) {
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
