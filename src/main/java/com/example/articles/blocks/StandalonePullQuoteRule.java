package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.List;

import com.example.articles.contract.RemovalReason;
import com.example.articles.extract.BlockKind;

/**
 * A pull quote on its own: a block that is a {@link NearCopyIndex#NEAR_COPY near-copy} of
 * a longer body block goes as {@code duplicate-block}, the longer one stays. The share is
 * of the whole shorter block, so two paragraphs that merely share a sentence both stay.
 */
final class StandalonePullQuoteRule implements DedupeRule {

	/**
	 * Shorter blocks (fewer than ten words) are too short to call a copy by shingles: one
	 * changed word in "Outside 2 Willow Lane, walking home." leaves most of them shared.
	 */
	private static final int MIN_SHINGLES = 8;

	@Override
	public void apply(WorkingArticle article) {
		List<Integer> live = article.live();
		List<long[]> shingles = new ArrayList<>(live.size());
		for (int i : live) {
			shingles.add(article.shingles(i));
		}
		NearCopyIndex index = NearCopyIndex.ofShingles(shingles);
		for (int k = 0; k < live.size(); k++) {
			long[] quote = index.shingles(k);
			// A heading that opens a paragraph with the same words is structure, not a
			// copy.
			if (quote.length < MIN_SHINGLES || article.block(live.get(k)).kind() == BlockKind.HEADING) {
				continue;
			}
			int quoted = k;
			int source = index.bestContaining(quote, NearCopyIndex.NEAR_COPY, (j) -> j != quoted
					&& article.isLive(live.get(j)) && isLonger(article, live.get(j), live.get(quoted)));
			if (source >= 0) {
				article.remove(live.get(k), RemovalReason.DUPLICATE_BLOCK);
			}
		}
	}

	/** A strict order, so that of two near-copies of each other exactly one goes. */
	private static boolean isLonger(WorkingArticle article, int a, int b) {
		int byShingles = Integer.compare(article.shingles(a).length, article.shingles(b).length);
		if (byShingles != 0) {
			return byShingles > 0;
		}
		int byChars = Integer.compare(article.text(a).length(), article.text(b).length());
		return (byChars != 0) ? byChars > 0 : a < b;
	}

}
