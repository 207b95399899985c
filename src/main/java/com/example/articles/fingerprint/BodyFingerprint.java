package com.example.articles.fingerprint;

/**
 * The word count, content hash and simhash of a body text, from one scan of it: the same
 * values as {@code Fingerprints.words(text).size()},
 * {@code Fingerprints.contentHash(words)} and {@code SimHash.of(words)}.
 */
public record BodyFingerprint(int wordCount, String contentHash, long simhash) {

	public static BodyFingerprint of(String text) {
		WordBytes words = WordBytes.of(text);
		return new BodyFingerprint(words.count(), Fingerprints.contentHash(words), words.simhash());
	}

}
