package com.example.articles.dedupe;

import org.jspecify.annotations.Nullable;

/**
 * Decides what a scrape is from the article's remembered state and the index matches of
 * its content. Stateless and thread-safe; the caller keeps the state.
 */
public final class DedupeDecider {

	private final DedupePolicy policy;

	public DedupeDecider(DedupePolicy policy) {
		this.policy = policy;
	}

	/**
	 * @param history the article's state, or null if it was not seen within the retention
	 * @param article the scrape
	 * @param exact the oldest other article with exactly this content, if any
	 * @param near the preferred other article within the near-duplicate distance, if any
	 * @param now the time of the decision (epoch ms)
	 * @param seenAt when the scrape was made (the raw record's timestamp, epoch ms): the
	 * article's first-seen time if it is new
	 */
	public DedupeDecision decide(@Nullable ArticleHistory history, ArticleFingerprint article,
			@Nullable IndexMatch exact, @Nullable IndexMatch near, long now, long seenAt) {
		if (history != null && history.contentHash().equals(article.contentHash())) {
			return new DedupeDecision(DedupeVerdict.REPEAT, false, history.revision(), null, null, history.seenAt(now));
		}
		int revision = (history != null) ? history.revision() + 1 : 1;
		long firstSeen = (history != null) ? history.firstSeen() : seenAt;
		ArticleHistory next = new ArticleHistory(article.contentHash(), article.simhash(), revision, firstSeen, now);
		String duplicateOf = (exact != null && !exact.articleId().equals(article.articleId())) ? exact.articleId()
				: null;
		if (duplicateOf != null) {
			return new DedupeDecision(DedupeVerdict.SYNDICATED, this.policy.syndicated() == DuplicateAction.FLAG,
					revision, duplicateOf, null, next);
		}
		String nearDuplicateOf = (near != null && !near.articleId().equals(article.articleId())
				&& near.distance() <= this.policy.nearDuplicateDistance()) ? near.articleId() : null;
		if (nearDuplicateOf != null) {
			return new DedupeDecision(DedupeVerdict.NEAR_DUPLICATE, this.policy.nearDuplicate() == DuplicateAction.FLAG,
					revision, null, nearDuplicateOf, next);
		}
		return new DedupeDecision((history != null) ? DedupeVerdict.REVISION : DedupeVerdict.NEW, true, revision, null,
				null, next);
	}

}
