package com.example.articles.blocks;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import com.example.articles.fingerprint.PlainText;

/**
 * What the rules compare a block by, from one {@link TextKey#fold fold} of its text and
 * one pass over it: its {@link TextKey}, its {@link WordShingles} (without repeats, in no
 * particular order) and its word count. The key is the concatenation of the words, so one
 * scan yields both; words are hashed as they are read (the same hash as their
 * {@link String#hashCode}), never built as strings. ASCII text is lower-cased on the fly,
 * without a folded copy.
 */
final class FoldedText {

	private final String key;

	private final int keyHash;

	private final long[] shingles;

	private final int wordCount;

	private FoldedText(String key, int keyHash, long[] shingles, int wordCount) {
		this.key = key;
		this.keyHash = keyHash;
		this.shingles = shingles;
		this.wordCount = wordCount;
	}

	static FoldedText of(String text) {
		return of(text, new ShingleBuilder());
	}

	/** {@link #of(String)} with a builder that is reused from block to block. */
	static FoldedText of(String text, ShingleBuilder shingles) {
		FoldedText plain = ofPlain(text, shingles);
		return (plain != null) ? plain : ofFolded(text, shingles);
	}

	private static FoldedText ofFolded(String text, ShingleBuilder shingles) {
		shingles.clear();
		String folded = TextKey.fold(text);
		int length = folded.length();
		// The key keeps a subset of the folded text's chars, so it fits in its length.
		char[] key = new char[length];
		int keyLength = 0;
		int keyHash = 0;
		int hash = 0;
		boolean inWord = false;
		for (int i = 0; i < length;) {
			int cp = folded.codePointAt(i);
			i += Character.charCount(cp);
			boolean unspaced = WordShingles.isUnspacedScript(cp);
			if (unspaced || !TextKey.isWordChar(cp)) {
				if (inWord) {
					shingles.addWord(hash);
					inWord = false;
					hash = 0;
				}
				if (unspaced) {
					keyLength += Character.toChars(cp, key, keyLength);
					keyHash = hashOf(cp, keyHash);
					shingles.addWord(hashOf(cp, 0));
				}
				continue;
			}
			if (Character.isBmpCodePoint(cp)) {
				key[keyLength++] = (char) cp;
			}
			else {
				keyLength += Character.toChars(cp, key, keyLength);
			}
			keyHash = hashOf(cp, keyHash);
			hash = hashOf(cp, hash);
			inWord = true;
		}
		if (inWord) {
			shingles.addWord(hash);
		}
		return new FoldedText(new String(key, 0, keyLength), keyHash, shingles.shingles(), shingles.words());
	}

	/**
	 * {@link #of} for {@link PlainText#isPlain plain} text: ASCII lower case on the fly,
	 * words of ASCII letters and digits (the typographic punctuation such text may hold
	 * is neither a word character nor of an unspaced script). Null at the first char that
	 * is not plain, which is seen in this scan instead of a check before it.
	 */
	private static @Nullable FoldedText ofPlain(String text, ShingleBuilder shingles) {
		shingles.clear();
		int length = text.length();
		byte[] key = new byte[length];
		int keyLength = 0;
		int keyHash = 0;
		int hash = 0;
		boolean inWord = false;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				key[keyLength++] = (byte) c;
				keyHash = 31 * keyHash + c;
				hash = 31 * hash + c;
				inWord = true;
			}
			else {
				if (c >= 0x80 && !PlainText.isPlainPunctuation(c)) {
					return null;
				}
				if (inWord) {
					shingles.addWord(hash);
					inWord = false;
					hash = 0;
				}
			}
		}
		if (inWord) {
			shingles.addWord(hash);
		}
		// ASCII, so the Latin-1 bytes are the chars.
		return new FoldedText(new String(key, 0, keyLength, StandardCharsets.ISO_8859_1), keyHash, shingles.shingles(),
				shingles.words());
	}

	String key() {
		return this.key;
	}

	/**
	 * The {@link String#hashCode} of the key, computed in the same scan, so that rules
	 * can look keys up without reading each one again.
	 */
	int keyHash() {
		return this.keyHash;
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

}
