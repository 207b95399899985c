package com.example.articles.blocks;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds near-copies among a list of texts through an inverted index of their
 * {@link WordShingles}: a query costs its shingles times the texts that share them, never
 * a comparison with every text, and no edit distance. Immutable once built, so
 * thread-safe.
 */
public final class NearCopyIndex {

	/**
	 * A text is a near-copy of another when at least this share of its shingles are in
	 * the other: a pull quote with a word or two changed still counts, two paragraphs
	 * that share one sentence of several do not.
	 */
	public static final double NEAR_COPY = 0.8;

	private final List<long[]> shingles;

	// Postings as an open-addressing hash table over primitive arrays: shingle -> chain
	// of (text, next) entries. No boxing; a few hundred blocks make tens of thousands.
	// A slot holds its chain's first entry plus one, so that 0 (a fresh array) is empty.
	private final long[] slotShingle;

	private final int[] slotHead;

	private final int[] entryText;

	private final int[] entryNext;

	private NearCopyIndex(List<long[]> shingles) {
		this.shingles = List.copyOf(shingles);
		int entries = 0;
		for (long[] own : shingles) {
			entries += own.length;
		}
		// At most two thirds full: probes stay short, with less memory to clear than a
		// table at most half full.
		int capacity = Integer.highestOneBit(Math.max(2, entries + entries / 2) - 1) << 1;
		this.slotShingle = new long[capacity];
		this.slotHead = new int[capacity];
		this.entryText = new int[entries];
		this.entryNext = new int[entries];
		int entry = 0;
		for (int text = 0; text < shingles.size(); text++) {
			for (long shingle : shingles.get(text)) {
				int slot = slotOf(shingle);
				this.slotShingle[slot] = shingle;
				this.entryText[entry] = text;
				this.entryNext[entry] = this.slotHead[slot] - 1;
				this.slotHead[slot] = entry + 1;
				entry++;
			}
		}
	}

	public static NearCopyIndex of(List<String> texts) {
		return new NearCopyIndex(texts.stream().map(WordShingles::of).toList());
	}

	/** An index over texts whose {@link WordShingles} are already known. */
	static NearCopyIndex ofShingles(List<long[]> shingles) {
		return new NearCopyIndex(shingles);
	}

	public int size() {
		return this.shingles.size();
	}

	/**
	 * The eligible indexed text that holds the largest share of {@code text}'s shingles,
	 * if that share is at least {@code minContainment}; -1 otherwise. Ties go to the
	 * earlier text.
	 */
	public int bestContaining(String text, double minContainment, IntPredicate eligible) {
		// Sorted or not, the count of shared shingles is the same.
		return bestContaining(FoldedText.of(text).shingles(), minContainment, eligible);
	}

	public int bestContaining(long[] part, double minContainment, IntPredicate eligible) {
		if (part.length == 0 || this.entryText.length == 0) {
			return -1;
		}
		int[] shared = new int[this.shingles.size()];
		for (long shingle : part) {
			int slot = slotOf(shingle);
			for (int entry = this.slotHead[slot] - 1; entry >= 0; entry = this.entryNext[entry]) {
				shared[this.entryText[entry]]++;
			}
		}
		int best = -1;
		for (int i = 0; i < shared.length; i++) {
			if (shared[i] > 0 && (best < 0 || shared[i] > shared[best]) && eligible.test(i)) {
				best = i;
			}
		}
		if (best < 0 || (double) shared[best] / part.length < minContainment) {
			return -1;
		}
		return best;
	}

	/** The slot that holds {@code shingle}, or the empty one where it would go. */
	private int slotOf(long shingle) {
		int mask = this.slotHead.length - 1;
		int slot = (int) (shingle ^ (shingle >>> 32)) & mask;
		while (this.slotHead[slot] != 0 && this.slotShingle[slot] != shingle) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

}
