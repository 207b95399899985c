package com.example.articles.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

import com.example.articles.contract.EventRejectedException;
import com.example.articles.extract.ExtractedArticle;
import com.example.articles.extract.HtmlArticleExtractor;
import com.example.articles.normalize.ArticleNormalizer;

/**
 * Time (and, with {@code -prof gc}, allocation) per page over the pages of a corpus
 * directory, for Jsoup's parse alone (the floor), our HTML extraction, our whole
 * normalization, Readability4J and boilerpipe, in the same JVM.
 * <p>
 * Each operation handles one page, the next one in a fixed round over all pages, so the
 * average time per operation is the mean time per page over the corpus. Every result is
 * returned to JMH so that no work is optimized away. Five warm-up iterations: on two busy
 * cores our normalization needs about ten seconds to reach its steady state.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@State(Scope.Thread)
public class ExtractionBenchmark {

	/** The corpus directory, relative to the working directory. */
	@Param("../shared/corpus/scrapinghub-dev")
	public String corpus = "";

	private List<CorpusPage> pages = List.of();

	private int next;

	private final ArticleNormalizer normalizer = new ArticleNormalizer();

	private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

	@Setup(Level.Trial)
	public void loadPages() {
		this.pages = CorpusPage.load(Path.of(this.corpus));
		this.next = 0;
	}

	private CorpusPage nextPage() {
		CorpusPage page = this.pages.get(this.next);
		this.next = (this.next + 1 == this.pages.size()) ? 0 : this.next + 1;
		return page;
	}

	@Benchmark
	public Document jsoupParse() {
		CorpusPage page = nextPage();
		return Jsoup.parse(page.html(), page.url());
	}

	@Benchmark
	public ExtractedArticle ourExtract() {
		CorpusPage page = nextPage();
		return this.extractor.extract(page.html(), page.url());
	}

	@Benchmark
	public Object ourNormalize() {
		CorpusPage page = nextPage();
		try {
			return this.normalizer.normalize(page.event());
		}
		catch (EventRejectedException ex) {
			// a page with no article is a normal outcome, and its cost counts too
			return ex;
		}
	}

	@Benchmark
	public String readability4j() {
		CorpusPage page = nextPage();
		return PeerExtractor.READABILITY4J.text(page.html(), page.url());
	}

	@Benchmark
	public String boilerpipe() {
		CorpusPage page = nextPage();
		return PeerExtractor.BOILERPIPE.text(page.html(), page.url());
	}

}
