package com.example.articles.blocks;

import java.util.List;

import com.example.articles.extract.ExtractedArticle;

/**
 * Removes the blocks an article repeats, one rule after another, and lists each removal
 * with its reason; the first or best instance stays and reading order is kept.
 * Thread-safe: the rules are stateless and every call works on its own copy.
 *
 * <p>
 * The order matters: captions are settled before plain repeats, so a caption printed
 * three times is listed as {@code duplicate-caption}, not {@code duplicate-block}.
 */
public final class BlockDeduplicator {

	private static final List<DedupeRule> RULES = List.of(new BoilerplateRule(), new RepeatedTitleRule(),
			new GluedPullQuoteRule(), new CaptionCopyInBodyRule(), new RepeatedBlockRule(),
			new StandalonePullQuoteRule(), new RepeatedImageRule());

	public ExtractedArticle dedupe(ExtractedArticle article) {
		WorkingArticle working = new WorkingArticle(article);
		for (DedupeRule rule : RULES) {
			rule.apply(working);
		}
		return working.result();
	}

}
