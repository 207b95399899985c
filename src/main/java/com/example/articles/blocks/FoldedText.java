package com.example.articles.blocks;

import java.util.Arrays;

import com.example.articles.fingerprint.PlainText;

/**
 * What the rules compare a block by, from one {@link TextKey#fold fold} of its text and
 * one pass over it: its {@link TextKey}, its {@link WordShingles} and its word count. The
 * key is the concatenation of the words, so one scan yields both; words are hashed as
 * they are read (the same hash as their {@link String#hashCode}), never built as strings.
 * ASCII text is lower-cased on the fly, without a folded copy.
 */
final class FoldedText {

	private final String key;

	private final long[] shingles;

	private final int wordCount;

	private FoldedText(String key, long[] shingles, int wordCount) {
		this.key = key;
		this.shingles = shingles;
		this.wordCount = wordCount;
	}

	static FoldedText of(String text) {
		if (PlainText.isPlain(text)) {
			return ofPlain(text);
		}
		String folded = TextKey.fold(text);
		int length = folded.length();
		// The key keeps a subset of the folded text's chars, so it fits in its length.
		char[] key = new char[length];
		int keyLength = 0;
		long[] wordHashes = new long[Math.max(8, length / 4)];
		int words = 0;
		int hash = 0;
		boolean inWord = false;
		for (int i = 0; i < length;) {
			int cp = folded.codePointAt(i);
			i += Character.charCount(cp);
			boolean unspaced = WordShingles.isUnspacedScript(cp);
			if (unspaced || !TextKey.isWordChar(cp)) {
				if (inWord) {
					wordHashes = add(wordHashes, words++, hash);
					inWord = false;
					hash = 0;
				}
				if (unspaced) {
					keyLength += Character.toChars(cp, key, keyLength);
					wordHashes = add(wordHashes, words++, hashOf(cp, 0));
				}
				continue;
			}
			if (Character.isBmpCodePoint(cp)) {
				key[keyLength++] = (char) cp;
			}
			else {
				keyLength += Character.toChars(cp, key, keyLength);
			}
			hash = hashOf(cp, hash);
			inWord = true;
		}
		if (inWord) {
			wordHashes = add(wordHashes, words++, hash);
		}
		return new FoldedText(new String(key, 0, keyLength), WordShingles.ofWordHashes(wordHashes, words), words);
	}

	/**
	 * {@link #of} for {@link PlainText#isPlain plain} text: ASCII lower case on the fly,
	 * words of ASCII letters and digits (the typographic punctuation such text may hold
	 * is neither a word character nor of an unspaced script).
	 */
	private static FoldedText ofPlain(String text) {
		int length = text.length();
		char[] key = new char[length];
		int keyLength = 0;
		long[] wordHashes = new long[Math.max(8, length / 4)];
		int words = 0;
		int hash = 0;
		boolean inWord = false;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				key[keyLength++] = c;
				hash = 31 * hash + c;
				inWord = true;
			}
			else if (inWord) {
				wordHashes = add(wordHashes, words++, hash);
				inWord = false;
				hash = 0;
			}
		}
		if (inWord) {
			wordHashes = add(wordHashes, words++, hash);
		}
		return new FoldedText(new String(key, 0, keyLength), WordShingles.ofWordHashes(wordHashes, words), words);
	}

	String key() {
		return this.key;
	}

	long[] shingles() {
		return this.shingles;
	}

	int wordCount() {
		return this.wordCount;
	}

	/**
	 * {@code hash} extended by the UTF-16 chars of {@code cp}, as String.hashCode does.
	 */
	private static int hashOf(int cp, int hash) {
		if (Character.isBmpCodePoint(cp)) {
			return 31 * hash + cp;
		}
		return 31 * (31 * hash + Character.highSurrogate(cp)) + Character.lowSurrogate(cp);
	}

	private static long[] add(long[] hashes, int index, int hash) {
		long[] grown = (index < hashes.length) ? hashes : Arrays.copyOf(hashes, hashes.length * 2);
		grown[index] = hash;
		return grown;
	}

}
