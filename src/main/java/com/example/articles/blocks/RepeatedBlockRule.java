package com.example.articles.blocks;

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
		// The first block of each key so far, plus one, found by the key's hash, which
		// the fold computed already: a set of the keys would read every key again.
		int[] firstOfKey = new int[Integer.highestOneBit(Math.max(1, article.size()) * 2 - 1) << 1];
		int mask = firstOfKey.length - 1;
		for (int i : article.live()) {
			if (article.wordCount(i) < MIN_WORDS) {
				continue;
			}
			int hash = article.keyHash(i);
			int slot = (hash ^ (hash >>> 16)) & mask;
			boolean repeat = false;
			while (!repeat && firstOfKey[slot] != 0) {
				int first = firstOfKey[slot] - 1;
				repeat = article.keyHash(first) == hash && article.key(first).equals(article.key(i));
				slot = (slot + 1) & mask;
			}
			if (repeat) {
				article.remove(i, RemovalReason.DUPLICATE_BLOCK);
			}
			else {
				firstOfKey[slot] = i + 1;
			}
		}
	}

}
