package com.example.articles.dedupe;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * Another article found in a fingerprint index: by exact content (distance 0) or by a
 * shared simhash band within the near-duplicate distance.
 *
 * @param articleId the other article
 * @param distance simhash Hamming distance to the probing article
 * @param firstSeen when the other article entered the index (epoch ms)
 */
public record IndexMatch(String articleId, int distance, long firstSeen) {

	/**
	 * The oldest article is the original; among equally old ones the closest, then the
	 * smallest id, so that every instance picks the same one.
	 */
	static final Comparator<IndexMatch> PREFERENCE = Comparator.comparingLong(IndexMatch::firstSeen)
		.thenComparingInt(IndexMatch::distance)
		.thenComparing(IndexMatch::articleId);

	/** The preferred of two matches, either of which may be absent. */
	public static @Nullable IndexMatch better(@Nullable IndexMatch a, @Nullable IndexMatch b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return PREFERENCE.compare(a, b) <= 0 ? a : b;
	}

}
