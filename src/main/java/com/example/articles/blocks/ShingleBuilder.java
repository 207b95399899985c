package com.example.articles.blocks;

import java.util.Arrays;

/**
 * Builds the {@link WordShingles} of one text at a time as its words are read: each word
 * pair is hashed when its second word ends, and kept once, in the order first seen, not
 * sorted; the rules need each text's shingles without repeats, not in order. The repeats
 * are found in an open-addressing table whose slots are marked with the number of the
 * text, so that starting the next text clears nothing. Reused for every block of one
 * {@link BlockDeduplicator#dedupe} call, never shared between threads.
 */
final class ShingleBuilder {

	private long[] slotShingle = new long[64];

	private int[] slotText = new int[64];

	// Slots of a fresh table hold 0, the mark of no text.
	private int text = 1;

	private long[] distinct = new long[32];

	private int size;

	private int words;

	private long previousWord;

	/** Starts the next text. */
	void clear() {
		this.text++;
		if (this.text == 0) {
			// After 2^32 texts the marks come round again: a fresh table.
			Arrays.fill(this.slotText, 0);
			this.text = 1;
		}
		this.size = 0;
		this.words = 0;
	}

	/**
	 * The next word of the text, given by its {@link String#hashCode}: the same shingles
	 * as {@link WordShingles#ofWordHashes}, pairs of {@link WordShingles#SIZE 2} words.
	 */
	void addWord(int hash) {
		long word = WordShingles.mix(hash);
		if (this.words > 0) {
			add(WordShingles.mix(this.previousWord * WordShingles.PAIR_FACTOR + word));
		}
		this.previousWord = word;
		this.words++;
	}

	/** The words added since {@link #clear}. */
	int words() {
		return this.words;
	}

	/**
	 * The distinct shingles of the words added since {@link #clear}, in the order first
	 * seen; a text of one word has one, that word.
	 */
	long[] shingles() {
		if (this.words == 1) {
			add(WordShingles.mix(this.previousWord));
		}
		return Arrays.copyOf(this.distinct, this.size);
	}

	private void add(long shingle) {
		if (2 * (this.size + 1) > this.slotText.length) {
			grow();
		}
		int mask = this.slotText.length - 1;
		int slot = (int) (shingle ^ (shingle >>> 32)) & mask;
		while (this.slotText[slot] == this.text) {
			if (this.slotShingle[slot] == shingle) {
				return;
			}
			slot = (slot + 1) & mask;
		}
		this.slotText[slot] = this.text;
		this.slotShingle[slot] = shingle;
		if (this.size == this.distinct.length) {
			this.distinct = Arrays.copyOf(this.distinct, 2 * this.size);
		}
		this.distinct[this.size++] = shingle;
	}

	/** A table twice as large, holding the shingles of the current text again. */
	private void grow() {
		int capacity = 2 * this.slotText.length;
		this.slotShingle = new long[capacity];
		this.slotText = new int[capacity];
		this.text = 1;
		int size = this.size;
		this.size = 0;
		for (int i = 0; i < size; i++) {
			add(this.distinct[i]);
		}
	}

}
