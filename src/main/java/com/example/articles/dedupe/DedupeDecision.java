package com.example.articles.dedupe;

import org.jspecify.annotations.Nullable;

/**
 * The decision on one scrape.
 *
 * @param verdict what the scrape is
 * @param publish whether it goes to the output topic
 * @param revision the article's revision after this scrape
 * @param duplicateOf the article whose exact content this is, if another one
 * @param nearDuplicateOf the article whose near content this is, if another one and not
 * an exact copy
 * @param history the article's state to remember
 */
public record DedupeDecision(DedupeVerdict verdict, boolean publish, int revision, @Nullable String duplicateOf,
		@Nullable String nearDuplicateOf, ArticleHistory history) {

}
