package com.example.articles.dedupe;

/**
 * How cross-event duplicates are treated.
 *
 * @param syndicated the same content under another article id (syndication, AMP copy)
 * @param nearDuplicate content within {@code nearDuplicateDistance} simhash bits of
 * another article's
 * @param nearDuplicateDistance the largest Hamming distance between two simhashes that
 * still marks a near copy (0 to 15)
 */
public record DedupePolicy(DuplicateAction syndicated, DuplicateAction nearDuplicate, int nearDuplicateDistance) {

	public static final int DEFAULT_NEAR_DUPLICATE_DISTANCE = 3;

	public DedupePolicy {
		if (nearDuplicateDistance < 0 || nearDuplicateDistance > 15) {
			// 16 bands would leave 4-bit bands: every probe would hit a crowd.
			throw new IllegalArgumentException(
					"nearDuplicateDistance must be between 0 and 15, not " + nearDuplicateDistance);
		}
	}

	public static DedupePolicy defaults() {
		return new DedupePolicy(DuplicateAction.FLAG, DuplicateAction.FLAG, DEFAULT_NEAR_DUPLICATE_DISTANCE);
	}

	/** The simhash bands a lookup needs: one more than the distance (pigeonhole). */
	public SimhashBands bands() {
		return new SimhashBands(this.nearDuplicateDistance + 1);
	}

}
