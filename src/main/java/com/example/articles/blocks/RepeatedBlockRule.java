package com.example.articles.blocks;

import java.util.HashSet;
import java.util.Set;

import com.example.articles.contract.RemovalReason;

/**
 * A block that repeats an earlier one up to whitespace, punctuation, case and Unicode
 * form (same {@link TextKey}): {@code duplicate-block}; the first stays. Blocks of fewer
 * than five words are left alone: "Yes." twice in an interview or "Here's the thing:"
 * twice in a column is content, and ad labels are the boilerplate rule's.
 */
final class RepeatedBlockRule implements DedupeRule {

	private static final int MIN_WORDS = 5;

	@Override
	public void apply(WorkingArticle article) {
		Set<String> seen = new HashSet<>();
		for (int i : article.live()) {
			if (article.wordCount(i) < MIN_WORDS) {
				continue;
			}
			if (!seen.add(article.key(i))) {
				article.remove(i, RemovalReason.DUPLICATE_BLOCK);
			}
		}
	}

}
