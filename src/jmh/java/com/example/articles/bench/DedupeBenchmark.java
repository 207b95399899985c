package com.example.articles.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.example.articles.blocks.BlockDeduplicator;
import com.example.articles.contract.ArticleImage;
import com.example.articles.extract.ArticleMetadata;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;

/**
 * {@link BlockDeduplicator#dedupe} on synthetic articles of growing size, to show that
 * its time grows with the words, not with the pairs of blocks. Every thirtieth block is
 * an exact repeat of an earlier one, every twentieth a glued caption ("... Pictured:
 * ..."), every other tenth a pull quote (the first half of an earlier block); the rest
 * are 40 to 99 words drawn from a 5,000-word vocabulary. The articles are built once per
 * trial with a fixed seed, so every run times the same input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@State(Scope.Thread)
public class DedupeBenchmark {

	/** Blocks per article. */
	@Param({ "50", "200", "500", "1000" })
	public int blocks;

	private final BlockDeduplicator deduplicator = new BlockDeduplicator();

	private ExtractedArticle article = new ExtractedArticle(ArticleMetadata.EMPTY, List.of(), List.of(), List.of());

	@Setup(Level.Trial)
	public void buildArticle() {
		this.article = article(this.blocks, new Random(this.blocks));
	}

	@Benchmark
	public ExtractedArticle dedupe() {
		return this.deduplicator.dedupe(this.article);
	}

	static ExtractedArticle article(int size, Random random) {
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
			text.append((i == 0) ? "" : " ").append("w").append(random.nextInt(5000));
		}
		return text.append('.').toString();
	}

}
