package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.List;

import com.example.articles.contract.RemovalReason;

/**
 * A pull quote on its own: a block that is a {@link NearCopyIndex#NEAR_COPY near-copy} of
 * a longer body block goes as {@code duplicate-block}, the longer one stays. The share is
 * of the whole shorter block, so two paragraphs that merely share a sentence both stay.
 */
final class StandalonePullQuoteRule implements DedupeRule {

	/** Shorter blocks (fewer than six words) are too short to call a copy by shingles. */
	private static final int MIN_SHINGLES = 4;

	@Override
	public void apply(WorkingArticle article) {
		List<Integer> live = article.live();
		List<String> texts = new ArrayList<>(live.size());
		for (int i : live) {
			texts.add(article.text(i));
		}
		NearCopyIndex index = new NearCopyIndex(texts);
		for (int k = 0; k < live.size(); k++) {
			long[] quote = index.shingles(k);
			if (quote.length < MIN_SHINGLES) {
				continue;
			}
			int quoted = k;
			int source = index.bestContaining(quote, NearCopyIndex.NEAR_COPY,
					(j) -> j != quoted && article.isLive(live.get(j)) && isLonger(index, texts, j, quoted));
			if (source >= 0) {
				article.remove(live.get(k), RemovalReason.DUPLICATE_BLOCK);
			}
		}
	}

	/** A strict order, so that of two near-copies of each other exactly one goes. */
	private static boolean isLonger(NearCopyIndex index, List<String> texts, int a, int b) {
		int byShingles = Integer.compare(index.shingles(a).length, index.shingles(b).length);
		if (byShingles != 0) {
			return byShingles > 0;
		}
		int byChars = Integer.compare(texts.get(a).length(), texts.get(b).length());
		return (byChars != 0) ? byChars > 0 : a < b;
	}

}
