package com.example.articles.blocks;

import java.util.List;

/**
 * For each of a list of texts, how many of its {@link WordShingles} some other text of
 * the list has too. No other text can hold a larger share of a text than this count, so a
 * text whose count is below a near-copy's share needs no {@link NearCopyIndex} query; in
 * most articles that is every text, and the index is never built. One hash table of
 * shingle to owner, about half the work of the index's postings.
 */
final class SharedShingles {

	private SharedShingles() {
	}

	/** The counts, by text; each text's shingles without repeats. */
	static int[] count(List<long[]> shingles) {
		int entries = 0;
		for (long[] own : shingles) {
			entries += own.length;
		}
		// At most two thirds full.
		int capacity = Integer.highestOneBit(Math.max(2, entries + entries / 2) - 1) << 1;
		int mask = capacity - 1;
		long[] slotShingle = new long[capacity];
		// The one text that has the shingle, plus one; 0 for an empty slot, -1 once
		// several texts have it.
		int[] slotOwner = new int[capacity];
		int[] shared = new int[shingles.size()];
		for (int text = 0; text < shingles.size(); text++) {
			for (long shingle : shingles.get(text)) {
				int slot = (int) (shingle ^ (shingle >>> 32)) & mask;
				while (slotOwner[slot] != 0 && slotShingle[slot] != shingle) {
					slot = (slot + 1) & mask;
				}
				int owner = slotOwner[slot];
				if (owner == 0) {
					slotShingle[slot] = shingle;
					slotOwner[slot] = text + 1;
				}
				else {
					shared[text]++;
					if (owner > 0) {
						shared[owner - 1]++;
						slotOwner[slot] = -1;
					}
				}
			}
		}
		return shared;
	}

}
