package com.example.articles.blocks;

import java.util.Arrays;
import java.util.List;

/**
 * For each of a list of texts, a bound on how many of its {@link WordShingles} some other
 * text of the list has too: never fewer than that, seldom more. No other text can hold a
 * larger share of a text than this, so a text whose bound is below a near-copy's share
 * needs no {@link NearCopyIndex} query; when that is every text, the index is not built
 * at all.
 *
 * <p>
 * Shingles are marked in a bit set of at least sixteen bits per shingle, small enough to
 * stay in the first-level cache (a hash table of the shingles themselves, tried first,
 * cost more): one pass in reading order finds the shingles an earlier text has set, one
 * in reverse order those a later text has. Two shingles that share a bit only raise the
 * bound.
 */
final class SharedShingles {

	private SharedShingles() {
	}

	/** The bounds, by text; each text's shingles without repeats. */
	static int[] bounds(List<long[]> shingles) {
		int entries = 0;
		for (long[] own : shingles) {
			entries += own.length;
		}
		// At least 1,024 bits: a few shingles should seldom share one either.
		int bits = Math.max(10, 32 - Integer.numberOfLeadingZeros(Math.max(1, 16 * entries - 1)));
		long[] marks = new long[1 << (bits - 6)];
		boolean[] shared = new boolean[entries];
		int[] starts = new int[shingles.size() + 1];
		for (int text = 0; text < shingles.size(); text++) {
			starts[text + 1] = starts[text] + shingles.get(text).length;
		}
		for (int text = 0; text < shingles.size(); text++) {
			markShared(shingles.get(text), starts[text], marks, bits, shared);
		}
		Arrays.fill(marks, 0L);
		for (int text = shingles.size() - 1; text >= 0; text--) {
			markShared(shingles.get(text), starts[text], marks, bits, shared);
		}
		int[] bounds = new int[shingles.size()];
		for (int text = 0; text < shingles.size(); text++) {
			for (int entry = starts[text]; entry < starts[text + 1]; entry++) {
				bounds[text] += shared[entry] ? 1 : 0;
			}
		}
		return bounds;
	}

	/**
	 * Flags the text's shingles whose bit the texts before it set, then sets theirs: a
	 * text never finds its own.
	 */
	private static void markShared(long[] own, int start, long[] marks, int bits, boolean[] shared) {
		for (int i = 0; i < own.length; i++) {
			int bit = (int) (own[i] >>> (64 - bits));
			if ((marks[bit >>> 6] & (1L << bit)) != 0) {
				shared[start + i] = true;
			}
		}
		for (long shingle : own) {
			int bit = (int) (shingle >>> (64 - bits));
			marks[bit >>> 6] |= 1L << bit;
		}
	}

}
