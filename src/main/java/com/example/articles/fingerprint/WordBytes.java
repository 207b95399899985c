package com.example.articles.fingerprint;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a body as {@link Fingerprints#words} reads them, held as the UTF-8 bytes
 * of the words joined by single spaces and the start and end of each word in them: the
 * content hash digests the bytes as they are, and each simhash shingle is a range of
 * them. One scan, no string per word, no joined copy of the text.
 */
final class WordBytes {

	private byte[] bytes;

	private int length;

	private int[] starts;

	private int[] ends;

	private int count;

	private WordBytes(int capacity) {
		this.bytes = new byte[Math.max(16, capacity)];
		int words = Math.max(4, capacity / 5);
		this.starts = new int[words];
		this.ends = new int[words];
	}

	static WordBytes of(String text) {
		WordBytes words = new WordBytes(text.length());
		if (PlainText.isPlain(text)) {
			// ASCII and typographic punctuation: lower case is ASCII lower case, and
			// words are ASCII letters and digits.
			words.scanPlain(text);
		}
		else {
			words.scanFolded(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
		}
		return words;
	}

	private void scanPlain(String text) {
		int length = text.length();
		boolean inWord = false;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
				letter = true;
			}
			if (letter) {
				if (!inWord) {
					startWord();
					inWord = true;
				}
				append((byte) c);
			}
			else if (inWord) {
				endWord();
				inWord = false;
			}
		}
		if (inWord) {
			endWord();
		}
	}

	private void scanFolded(String folded) {
		int length = folded.length();
		boolean inWord = false;
		for (int i = 0; i < length;) {
			int cp = folded.codePointAt(i);
			i += Character.charCount(cp);
			if (Fingerprints.isWordChar(cp)) {
				if (!inWord) {
					startWord();
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
	}

	private void startWord() {
		if (this.count > 0) {
			append((byte) ' ');
		}
		if (this.count == this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.count * 2);
			this.ends = Arrays.copyOf(this.ends, this.count * 2);
		}
		this.starts[this.count] = this.length;
	}

	private void endWord() {
		this.ends[this.count++] = this.length;
	}

	private void append(byte b) {
		if (this.length == this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, this.length * 2);
		}
		this.bytes[this.length++] = b;
	}

	/**
	 * UTF-8 of a letter or digit (never a surrogate, so the same bytes as
	 * {@link String#getBytes}).
	 */
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

	int start(int word) {
		return this.starts[word];
	}

	int end(int word) {
		return this.ends[word];
	}

}
