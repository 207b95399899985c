package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.RemovalReason;
import com.example.articles.extract.ArticleMetadata;
import com.example.articles.extract.Block;
import com.example.articles.extract.BlockKind;
import com.example.articles.extract.ExtractedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule, with its index and its skip of blocks that share too little with the others,
 * against the definition: every eligible pair compared by sorted shingles, no index.
 */
class StandalonePullQuoteRuleDifferentialTest {

	private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}[.)]\\s");

	@Test
	void removesWhatTheDefinitionRemovesOnRandomArticles() {
		Random random = new Random(23);
		int withRemovals = 0;
		for (int round = 0; round < 400; round++) {
			ExtractedArticle article = randomArticle(random);
			ExtractedArticle expected = Articles.apply(new DefinitionRule(), article);
			assertThat(Articles.apply(new StandalonePullQuoteRule(), article))
				.as("round %d: %s", round, Articles.texts(article))
				.isEqualTo(expected);
			withRemovals += expected.removed().isEmpty() ? 0 : 1;
		}
		// The articles hold pull quotes, not only blocks the rule keeps.
		assertThat(withRemovals).isGreaterThan(100);
	}

	/**
	 * Paragraphs from a small vocabulary, so that they share shingles, with pull quotes
	 * cut from earlier or later ones and edited a little, headings, numbered steps and
	 * short lines.
	 */
	private static ExtractedArticle randomArticle(Random random) {
		List<Block> blocks = new ArrayList<>();
		int size = 1 + random.nextInt(25);
		for (int i = 0; i < size; i++) {
			int kind = random.nextInt(10);
			if (kind < 3 && !blocks.isEmpty()) {
				String[] source = blocks.get(random.nextInt(blocks.size())).text().split(" ");
				int from = random.nextInt(Math.max(1, source.length / 3));
				int to = Math.min(source.length, from + 5 + random.nextInt(25));
				List<String> quote = new ArrayList<>(List.of(source).subList(from, to));
				for (int edit = random.nextInt(3); edit > 0 && !quote.isEmpty(); edit--) {
					quote.set(random.nextInt(quote.size()), word(random));
				}
				String text = String.join(" ", quote);
				blocks.add((kind == 0) ? new Block(BlockKind.HEADING, text, "") : Block.paragraph(text));
			}
			else if (kind == 3) {
				blocks.add(Block.paragraph((1 + random.nextInt(9)) + ". " + words(random, 3 + random.nextInt(12))));
			}
			else if (kind == 4) {
				blocks.add(Block.paragraph(words(random, 1 + random.nextInt(9))));
			}
			else {
				blocks.add(Block.paragraph(words(random, 10 + random.nextInt(60))));
			}
		}
		if (random.nextInt(4) == 0) {
			// A block moved before the one it copies.
			blocks.add(0, blocks.remove(blocks.size() - 1));
		}
		return new ExtractedArticle(ArticleMetadata.EMPTY, blocks, List.of(), List.of());
	}

	private static String words(Random random, int count) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			words.add(word(random));
		}
		return String.join(" ", words);
	}

	private static String word(Random random) {
		return "w" + random.nextInt(30);
	}

	/** The rule as first written, by comparing every pair. */
	private static final class DefinitionRule implements DedupeRule {

		@Override
		public void apply(WorkingArticle article) {
			List<Integer> live = article.live();
			for (int k = 0; k < live.size(); k++) {
				int quote = live.get(k);
				if (article.wordCount(quote) < 10 || article.block(quote).kind() == BlockKind.HEADING
						|| NUMBERED.matcher(article.text(quote)).lookingAt()) {
					continue;
				}
				long[] quoted = WordShingles.of(article.text(quote));
				boolean copied = false;
				for (int j : live) {
					long[] source = WordShingles.of(article.text(j));
					copied |= j != quote && article.isLive(j) && isLonger(article, j, quote)
							&& (double) WordShingles.shared(quoted, source) / quoted.length >= NearCopyIndex.NEAR_COPY;
				}
				if (copied && !(k + 1 < live.size() && opens(article.text(quote), article.text(live.get(k + 1))))) {
					article.remove(quote, RemovalReason.DUPLICATE_BLOCK);
				}
			}
		}

		private static boolean opens(String block, String next) {
			List<String> words = WordShingles.words(block);
			if (!words.isEmpty() && words.get(0).chars().allMatch(Character::isDigit)) {
				words = words.subList(1, words.size());
			}
			List<String> nextWords = WordShingles.words(next);
			return !words.isEmpty() && nextWords.size() > words.size()
					&& nextWords.subList(0, words.size()).equals(words);
		}

		private static boolean isLonger(WorkingArticle article, int a, int b) {
			int byShingles = Integer.compare(WordShingles.of(article.text(a)).length,
					WordShingles.of(article.text(b)).length);
			if (byShingles != 0) {
				return byShingles > 0;
			}
			int byChars = Integer.compare(article.text(a).length(), article.text(b).length());
			return (byChars != 0) ? byChars > 0 : a < b;
		}

	}

}
