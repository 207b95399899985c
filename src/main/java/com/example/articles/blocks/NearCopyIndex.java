package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	private final Map<Long, List<Integer>> postings = new HashMap<>();

	public NearCopyIndex(List<String> texts) {
		this.shingles = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			long[] own = WordShingles.of(texts.get(i));
			this.shingles.add(own);
			for (long shingle : own) {
				this.postings.computeIfAbsent(shingle, (key) -> new ArrayList<>(2)).add(i);
			}
		}
	}

	public int size() {
		return this.shingles.size();
	}

	/** The shingles of the indexed text at {@code index}. */
	public long[] shingles(int index) {
		return this.shingles.get(index);
	}

	/**
	 * The eligible indexed text that holds the largest share of {@code text}'s shingles,
	 * if that share is at least {@code minContainment}; -1 otherwise. Ties go to the
	 * earlier text.
	 */
	public int bestContaining(String text, double minContainment, IntPredicate eligible) {
		return bestContaining(WordShingles.of(text), minContainment, eligible);
	}

	public int bestContaining(long[] part, double minContainment, IntPredicate eligible) {
		if (part.length == 0) {
			return -1;
		}
		int[] shared = new int[this.shingles.size()];
		for (long shingle : part) {
			List<Integer> holders = this.postings.get(shingle);
			if (holders != null) {
				for (int holder : holders) {
					shared[holder]++;
				}
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

}
