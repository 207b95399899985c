package com.example.articles.dedupe;

import org.jspecify.annotations.Nullable;

/**
 * The lookups of the fingerprint indexes, over entries the caller has read: exact content
 * by content hash, near content by simhash band bucket. An article never matches itself.
 */
public final class FingerprintIndex {

	private FingerprintIndex() {
	}

	/** The other article that had this content first, if any. */
	public static @Nullable IndexMatch matchContent(@Nullable IndexedContent entry, String articleId) {
		if (entry == null || entry.articleId().equals(articleId)) {
			return null;
		}
		return new IndexMatch(entry.articleId(), 0, entry.firstSeen());
	}

	/**
	 * The preferred other article of the bucket of band {@code band} whose simhash is
	 * within {@code maxDistance} of {@code simhash}, if any, among those whose lowest
	 * shared band is this one (the others are judged in that band's bucket).
	 */
	public static @Nullable IndexMatch matchNear(Iterable<IndexedSimhash> bucket, String articleId, long simhash,
			int maxDistance, SimhashBands bands, int band) {
		IndexMatch best = null;
		for (IndexedSimhash entry : bucket) {
			if (entry.articleId().equals(articleId) || bands.firstSharedBand(simhash, entry.simhash()) != band) {
				continue;
			}
			int distance = Long.bitCount(entry.simhash() ^ simhash);
			if (distance <= maxDistance) {
				best = IndexMatch.better(best, new IndexMatch(entry.articleId(), distance, entry.firstSeen()));
			}
		}
		return best;
	}

}
