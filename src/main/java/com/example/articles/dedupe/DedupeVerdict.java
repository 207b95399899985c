package com.example.articles.dedupe;

/** What a scrape of an article turned out to be. */
public enum DedupeVerdict {

	/** The first scrape of this article id. */
	NEW("new"),
	/** The article with changed content: a new revision. */
	REVISION("revision"),
	/** The article with the content it already had. */
	REPEAT("repeat"),
	/** The exact content of another article (syndication, AMP copy). */
	SYNDICATED("syndicated"),
	/** Content within the near-duplicate distance of another article. */
	NEAR_DUPLICATE("near-duplicate");

	private final String code;

	DedupeVerdict(String code) {
		this.code = code;
	}

	/** The name in metrics and logs. */
	public String code() {
		return this.code;
	}

}
