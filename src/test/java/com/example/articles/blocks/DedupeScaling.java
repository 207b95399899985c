package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.example.articles.contract.ArticleImage;
import com.example.articles.extract.ArticleMetadata;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;

/**
 * A manual timing of {@link BlockDeduplicator} on synthetic articles of growing size (not
 * a test: speed is measured, never asserted). Every thirtieth block is an exact repeat of
 * an earlier one, every twentieth a glued caption, every other tenth a pull quote. Run
 * after {@code ./mvnw -q test-compile}: <pre>
 * java -cp target/classes:target/test-classes:$HOME/.m2/repository/org/jsoup/jsoup/1.24.1/jsoup-1.24.1.jar \
 *     com.example.articles.blocks.DedupeScaling
 * </pre>
 */
final class DedupeScaling {

	private DedupeScaling() {
	}

	public static void main(String[] args) {
		BlockDeduplicator deduplicator = new BlockDeduplicator();
		for (int blocks : new int[] { 50, 200, 500, 1000 }) {
			ExtractedArticle article = article(blocks, new Random(blocks));
			for (int i = 0; i < 200; i++) {
				deduplicator.dedupe(article);
			}
			long[] micros = new long[101];
			int removed = 0;
			for (int i = 0; i < micros.length; i++) {
				long start = System.nanoTime();
				removed = deduplicator.dedupe(article).removed().size();
				micros[i] = (System.nanoTime() - start) / 1000;
			}
			Arrays.sort(micros);
			System.out.printf("blocks=%d words=%d removed=%d min=%dus median=%dus p90=%dus%n", blocks, words(article),
					removed, micros[0], micros[50], micros[90]);
		}
	}

	private static ExtractedArticle article(int size, Random random) {
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			if (i % 30 == 29) {
				blocks.add(blocks.get(random.nextInt(blocks.size())));
			}
			else if (i % 20 == 19) {
				String source = blocks.get(random.nextInt(blocks.size())).text();
				blocks.add(Block.paragraph(source + " Pictured: " + sentence(random, 8)));
			}
			else if (i % 10 == 9) {
				String source = blocks.get(random.nextInt(blocks.size())).text();
				blocks.add(Block.paragraph(source.substring(0, source.length() / 2)));
			}
			else {
				blocks.add(Block.paragraph(sentence(random, 40 + random.nextInt(60))));
			}
		}
		return new ExtractedArticle(ArticleMetadata.EMPTY.withTitle("A title"), blocks,
				List.of(new ArticleImage("https://example.com/a.jpg", null, "A caption", null)), List.of());
	}

	private static String sentence(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(i == 0 ? "" : " ").append("w").append(random.nextInt(5000));
		}
		return text.append('.').toString();
	}

	private static int words(ExtractedArticle article) {
		int words = 0;
		for (Block block : article.blocks()) {
			words += block.text().split(" ").length;
		}
		return words;
	}

}
