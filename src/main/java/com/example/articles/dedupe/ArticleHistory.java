package com.example.articles.dedupe;

/**
 * The remembered state of one article: the content last decided on and its revision.
 * Times are epoch milliseconds.
 */
public record ArticleHistory(String contentHash, long simhash, int revision, long firstSeen, long lastSeen) {

	public ArticleHistory seenAt(long now) {
		return new ArticleHistory(this.contentHash, this.simhash, this.revision, this.firstSeen, now);
	}

}
