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
 * A shingle's hash is the FNV-1a of its three words, each followed by a space; a word is
 * in three shingles, so three hashes run side by side while its bytes are written (the
 * shingles that began two words, one word and zero words ago), and the oldest is complete
 * at the end of the word. Three independent multiplications per byte instead of one chain
 * of three times as many.
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
		return (plain != null) ? plain : new FoldedScan(text.length())
			.scan(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
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
		int count = 0;
		BitCounts counts = new BitCounts();
		long older = 0L;
		long old = 0L;
		long current = 0L;
		boolean inWord = false;
		for (int i = 0; i < textLength; i++) {
			int c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (!inWord) {
					if (count > 0) {
						bytes[length++] = ' ';
					}
					current = SimHash.FNV_OFFSET;
					inWord = true;
				}
				bytes[length++] = (byte) c;
				older = (older ^ c) * SimHash.FNV_PRIME;
				old = (old ^ c) * SimHash.FNV_PRIME;
				current = (current ^ c) * SimHash.FNV_PRIME;
			}
			else {
				if (c >= 0x80 && !PlainText.isPlainPunctuation((char) c)) {
					return null;
				}
				if (inWord) {
					older = (older ^ ' ') * SimHash.FNV_PRIME;
					old = (old ^ ' ') * SimHash.FNV_PRIME;
					current = (current ^ ' ') * SimHash.FNV_PRIME;
					if (count >= SimHash.SHINGLE - 1) {
						counts.add(SimHash.avalanche(older));
					}
					older = old;
					old = current;
					count++;
					inWord = false;
				}
			}
		}
		if (inWord) {
			older = (older ^ ' ') * SimHash.FNV_PRIME;
			old = (old ^ ' ') * SimHash.FNV_PRIME;
			current = (current ^ ' ') * SimHash.FNV_PRIME;
			if (count >= SimHash.SHINGLE - 1) {
				counts.add(SimHash.avalanche(older));
			}
			older = old;
			old = current;
			count++;
		}
		return new WordBytes(bytes, length, count, simhash(counts, count, older, old));
	}

	/**
	 * The simhash once every word is read: with fewer than three words the text is one
	 * shingle, the hash that began at the first word ({@code older} after two words,
	 * {@code old} after one).
	 */
	private static long simhash(BitCounts counts, int count, long older, long old) {
		if (count == 0) {
			return 0L;
		}
		if (count < SimHash.SHINGLE) {
			counts.add(SimHash.avalanche((count == 2) ? older : old));
		}
		return counts.majority(counts.added());
	}

	/**
	 * The scan of NFKC-folded, lower-cased text: code points, each letter or number
	 * written as UTF-8 (never a surrogate, so the same bytes as {@link String#getBytes}).
	 */
	private static final class FoldedScan {

		private byte[] bytes;

		private int length;

		private int count;

		private final BitCounts counts = new BitCounts();

		private long older;

		private long old;

		private long current;

		FoldedScan(int capacity) {
			this.bytes = new byte[Math.max(16, capacity)];
		}

		WordBytes scan(String folded) {
			int length = folded.length();
			boolean inWord = false;
			for (int i = 0; i < length;) {
				int cp = folded.codePointAt(i);
				i += Character.charCount(cp);
				if (Fingerprints.isWordChar(cp)) {
					if (!inWord) {
						if (this.count > 0) {
							write((byte) ' ');
						}
						this.current = SimHash.FNV_OFFSET;
						inWord = true;
					}
					appendUtf8(cp);
				}
				else if (inWord) {
					endWord();
					inWord = false;
				}
			}
			if (inWord) {
				endWord();
			}
			return new WordBytes(this.bytes, this.length, this.count,
					simhash(this.counts, this.count, this.older, this.old));
		}

		private void endWord() {
			hash(' ');
			if (this.count >= SimHash.SHINGLE - 1) {
				this.counts.add(SimHash.avalanche(this.older));
			}
			this.older = this.old;
			this.old = this.current;
			this.count++;
		}

		private void appendUtf8(int cp) {
			if (cp < 0x80) {
				append((byte) cp);
			}
			else if (cp < 0x800) {
				append((byte) (0xc0 | (cp >> 6)));
				append((byte) (0x80 | (cp & 0x3f)));
			}
			else if (cp < 0x10000) {
				append((byte) (0xe0 | (cp >> 12)));
				append((byte) (0x80 | ((cp >> 6) & 0x3f)));
				append((byte) (0x80 | (cp & 0x3f)));
			}
			else {
				append((byte) (0xf0 | (cp >> 18)));
				append((byte) (0x80 | ((cp >> 12) & 0x3f)));
				append((byte) (0x80 | ((cp >> 6) & 0x3f)));
				append((byte) (0x80 | (cp & 0x3f)));
			}
		}

		/** A byte of a word: into the joined bytes and the three running hashes. */
		private void append(byte b) {
			write(b);
			hash(b & 0xff);
		}

		private void write(byte b) {
			if (this.length == this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, this.length * 2);
			}
			this.bytes[this.length++] = b;
		}

		private void hash(int b) {
			this.older = (this.older ^ b) * SimHash.FNV_PRIME;
			this.old = (this.old ^ b) * SimHash.FNV_PRIME;
			this.current = (this.current ^ b) * SimHash.FNV_PRIME;
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
