package com.example.articles.fingerprint;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The words of a body as {@link Fingerprints#words} reads them, held as the UTF-8 bytes
 * of the words joined by single spaces, with their count and their {@link SimHash}: the
 * content hash digests the bytes as they are, and the simhash is computed while they are
 * written. One scan, no string per word, no joined copy of the text, no second pass for
 * the shingles.
 *
 * <p>
 * A shingle's hash is the FNV-1a of its three words, each followed by a space
 * ({@link RollingShingles}): three independent multiplications per byte instead of one
 * chain of three times as many.
 */
final class WordBytes {

	private final byte[] bytes;

	private final int length;

	private final int count;

	private final long simhash;

	private WordBytes(byte[] bytes, int length, int count, long simhash) {
		this.bytes = bytes;
		this.length = length;
		this.count = count;
		this.simhash = simhash;
	}

	static WordBytes of(String text) {
		WordBytes plain = ofPlain(text);
		return (plain != null) ? plain
				: ofFolded(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
	}

	/**
	 * The words of {@link PlainText#isPlain plain} text: ASCII lower case, and words are
	 * ASCII letters and digits; null at the first char that is not plain, which is seen
	 * in the same scan instead of a check before it.
	 */
	private static @Nullable WordBytes ofPlain(String text) {
		int textLength = text.length();
		// One byte per letter or digit and at most one space per run of other chars.
		byte[] bytes = new byte[textLength];
		int length = 0;
		RollingShingles shingles = new RollingShingles();
		for (int i = 0; i < textLength; i++) {
			int c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (!shingles.inWord()) {
					if (shingles.words() > 0) {
						bytes[length++] = ' ';
					}
					shingles.startWord();
				}
				bytes[length++] = (byte) c;
				shingles.add(c);
			}
			else {
				if (c >= 0x80 && !PlainText.isPlainPunctuation((char) c)) {
					return null;
				}
				if (shingles.inWord()) {
					shingles.endWord();
				}
			}
		}
		long simhash = shingles.simhash();
		return new WordBytes(bytes, length, shingles.words(), simhash);
	}

	/**
	 * The words of NFKC-folded, lower-cased text: code points, each letter or number
	 * written as UTF-8 (never a surrogate, so the same bytes as {@link String#getBytes}).
	 */
	private static WordBytes ofFolded(String folded) {
		int textLength = folded.length();
		// Mostly one byte per char; grown when a code point (up to four bytes and a
		// space) might not fit.
		byte[] bytes = new byte[textLength + 16];
		int length = 0;
		RollingShingles shingles = new RollingShingles();
		for (int i = 0; i < textLength;) {
			int cp = folded.codePointAt(i);
			i += Character.charCount(cp);
			if (Fingerprints.isWordChar(cp)) {
				if (length + 5 > bytes.length) {
					bytes = Arrays.copyOf(bytes, 2 * bytes.length);
				}
				if (!shingles.inWord()) {
					if (shingles.words() > 0) {
						bytes[length++] = ' ';
					}
					shingles.startWord();
				}
				int end = Utf8.encode(cp, bytes, length);
				for (; length < end; length++) {
					shingles.add(bytes[length] & 0xff);
				}
			}
			else if (shingles.inWord()) {
				shingles.endWord();
			}
		}
		long simhash = shingles.simhash();
		return new WordBytes(bytes, length, shingles.words(), simhash);
	}

	/** UTF-8 of a code point that is not a surrogate. */
	private static final class Utf8 {

		private Utf8() {
		}

		/** Writes {@code cp} at {@code at}; returns the index after it. */
		static int encode(int cp, byte[] bytes, int at) {
			if (cp < 0x80) {
				bytes[at] = (byte) cp;
				return at + 1;
			}
			if (cp < 0x800) {
				bytes[at] = (byte) (0xc0 | (cp >> 6));
				bytes[at + 1] = (byte) (0x80 | (cp & 0x3f));
				return at + 2;
			}
			if (cp < 0x10000) {
				bytes[at] = (byte) (0xe0 | (cp >> 12));
				bytes[at + 1] = (byte) (0x80 | ((cp >> 6) & 0x3f));
				bytes[at + 2] = (byte) (0x80 | (cp & 0x3f));
				return at + 3;
			}
			bytes[at] = (byte) (0xf0 | (cp >> 18));
			bytes[at + 1] = (byte) (0x80 | ((cp >> 12) & 0x3f));
			bytes[at + 2] = (byte) (0x80 | ((cp >> 6) & 0x3f));
			bytes[at + 3] = (byte) (0x80 | (cp & 0x3f));
			return at + 4;
		}

	}

	int count() {
		return this.count;
	}

	/** The joined bytes: {@code [0, length())} of {@link #bytes()}. */
	byte[] bytes() {
		return this.bytes;
	}

	int length() {
		return this.length;
	}

	/** The {@link SimHash} of the words. */
	long simhash() {
		return this.simhash;
	}

}
