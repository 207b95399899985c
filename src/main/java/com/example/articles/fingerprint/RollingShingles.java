package com.example.articles.fingerprint;

/**
 * The simhash of a text's word shingles, fed byte by byte while its words are written: a
 * word is in three shingles, so three FNV-1a hashes run side by side (the shingles that
 * began two words, one word and zero words ago), and the oldest is complete at the end of
 * the word. One instance per text.
 */
final class RollingShingles {

	private final BitCounts counts = new BitCounts();

	private long older;

	private long old;

	private long current;

	private int words;

	private boolean inWord;

	boolean inWord() {
		return this.inWord;
	}

	int words() {
		return this.words;
	}

	void startWord() {
		this.current = SimHash.FNV_OFFSET;
		this.inWord = true;
	}

	void add(int b) {
		this.older = (this.older ^ b) * SimHash.FNV_PRIME;
		this.old = (this.old ^ b) * SimHash.FNV_PRIME;
		this.current = (this.current ^ b) * SimHash.FNV_PRIME;
	}

	/** Ends the word being read (each word of a shingle is followed by a space). */
	void endWord() {
		add(' ');
		if (this.words >= SimHash.SHINGLE - 1) {
			this.counts.add(SimHash.avalanche(this.older));
		}
		this.older = this.old;
		this.old = this.current;
		this.words++;
		this.inWord = false;
	}

	/**
	 * The simhash once every word is read: with fewer than three words the text is one
	 * shingle, the hash that began at the first word ({@code older} after two words,
	 * {@code old} after one).
	 */
	long simhash() {
		if (this.inWord) {
			endWord();
		}
		if (this.words == 0) {
			return 0L;
		}
		if (this.words < SimHash.SHINGLE) {
			this.counts.add(SimHash.avalanche((this.words == 2) ? this.older : this.old));
		}
		return this.counts.majority(this.counts.added());
	}

}
