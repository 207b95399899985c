package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.RemovalReason;
import com.example.articles.extract.BlockKind;

/**
 * A pull quote on its own: a block that is a {@link NearCopyIndex#NEAR_COPY near-copy} of
 * a longer body block goes as {@code duplicate-block}, the longer one stays. The share is
 * of the whole shorter block, so two paragraphs that merely share a sentence both stay.
 * Headings, numbered blocks ("2. Start small"), blocks of fewer than ten words and blocks
 * that open the next block with the same words are never removed by this rule.
 */
final class StandalonePullQuoteRule implements DedupeRule {

	/**
	 * Shorter blocks (fewer than ten words) are too short to call a copy by shingles: one
	 * changed word in "Outside 2 Willow Lane, walking home." leaves most of them shared.
	 */
	private static final int MIN_WORDS = 10;

	/** "2. Start small": a numbered step or heading, repeated in a recap, not quoted. */
	private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}[.)]\\s");

	@Override
	public void apply(WorkingArticle article) {
		List<Integer> live = article.live();
		List<long[]> shingles = new ArrayList<>(live.size());
		for (int i : live) {
			shingles.add(article.shingles(i));
		}
		int[] sharedWithOthers = SharedShingles.bounds(shingles);
		// Built for the first block that may be a near-copy, if any.
		@Nullable NearCopyIndex index = null;
		for (int k = 0; k < live.size(); k++) {
			long[] quote = shingles.get(k);
			// A heading that opens a paragraph with the same words is structure, not a
			// copy.
			if (article.wordCount(live.get(k)) < MIN_WORDS || article.block(live.get(k)).kind() == BlockKind.HEADING
					|| isNumbered(article.text(live.get(k)))) {
				continue;
			}
			// A block that shares too few shingles with all the others together cannot be
			// a near-copy of one of them: no query.
			if ((double) sharedWithOthers[k] / quote.length < NearCopyIndex.NEAR_COPY) {
				continue;
			}
			if (index == null) {
				index = NearCopyIndex.ofShingles(shingles);
			}
			int quoted = k;
			int source = index.bestContaining(quote, NearCopyIndex.NEAR_COPY, (j) -> j != quoted
					&& article.isLive(live.get(j)) && isLonger(article, live.get(j), live.get(quoted)));
			if (source >= 0
					&& !(k + 1 < live.size() && opens(article.text(live.get(k)), article.text(live.get(k + 1))))) {
				article.remove(live.get(k), RemovalReason.DUPLICATE_BLOCK);
			}
		}
	}

	private static boolean isNumbered(String text) {
		// NUMBERED begins with an ASCII digit: most blocks need no matcher.
		return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9' && NUMBERED.matcher(text).lookingAt();
	}

	/**
	 * Whether {@code block} is the opening words of the block right after it, a list
	 * number aside: "2. Start small" before "Start small, and ...". That is a heading or
	 * a lead-in written as a paragraph, not a pull quote.
	 */
	private static boolean opens(String block, String next) {
		List<String> words = WordShingles.words(block);
		if (!words.isEmpty() && words.get(0).chars().allMatch(Character::isDigit)) {
			words = words.subList(1, words.size());
		}
		List<String> nextWords = WordShingles.words(next);
		return !words.isEmpty() && nextWords.size() > words.size() && nextWords.subList(0, words.size()).equals(words);
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
