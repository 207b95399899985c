package com.example.articles.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import com.example.articles.contract.EventJson;
import com.example.articles.contract.RawArticleEvent;
import com.example.articles.contract.RawEventReader;
import com.example.articles.extract.ExtractedArticle;
import com.example.articles.extract.HtmlArticleExtractor;
import com.example.articles.fingerprint.BodyFingerprint;
import com.example.articles.fingerprint.Fingerprints;
import com.example.articles.fingerprint.SimHash;
import com.example.articles.normalize.NormalizerSettings;
import com.example.articles.sanitize.BodyHtmlRenderer;

/**
 * The steps after extraction, one benchmark each, over the articles our extractor finds
 * in the corpus pages (extracted once per trial, outside the timing): block dedupe, the
 * sanitized body HTML, and the fingerprints of the body text. Each operation handles one
 * article, the next in a fixed round, so the time per operation is the mean per page.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@State(Scope.Thread)
public class PostExtractionBenchmark {

	/** The corpus directory, relative to the working directory. */
	@Param("../shared/corpus/scrapinghub-dev")
	public String corpus = "";

	private final BlockDeduplicator deduplicator = new BlockDeduplicator();

	private final BodyHtmlRenderer renderer = new BodyHtmlRenderer();

	private List<ExtractedArticle> extracted = List.of();

	private List<ExtractedArticle> deduped = List.of();

	private List<String> texts = List.of();

	private List<String> urls = List.of();

	private List<byte[]> rawEvents = List.of();

	private final RawEventReader reader = new RawEventReader(NormalizerSettings.defaults().maxEventBytes());

	private int next;

	@Setup(Level.Trial)
	public void extractPages() {
		HtmlArticleExtractor extractor = new HtmlArticleExtractor();
		List<ExtractedArticle> extracted = new ArrayList<>();
		List<ExtractedArticle> deduped = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		List<byte[]> rawEvents = new ArrayList<>();
		for (CorpusPage page : CorpusPage.load(Path.of(this.corpus))) {
			// The JSON the score tool sends: eventId, url, contentType, html.
			Map<String, String> raw = new LinkedHashMap<>();
			raw.put("eventId", page.id());
			raw.put("url", page.url());
			raw.put("contentType", "text/html");
			raw.put("html", page.html());
			rawEvents.add(EventJson.toBytes(raw));
			ExtractedArticle article = extractor.extract(page.html(), page.url());
			ExtractedArticle kept = this.deduplicator.dedupe(article);
			extracted.add(article);
			deduped.add(kept);
			texts.add(String.join("\n", kept.blocks().stream().map((block) -> block.text()).toList()));
			urls.add(page.url());
		}
		this.extracted = extracted;
		this.deduped = deduped;
		this.texts = texts;
		this.urls = urls;
		this.rawEvents = rawEvents;
		this.next = 0;
	}

	private int nextPage() {
		int page = this.next;
		this.next = (page + 1 == this.extracted.size()) ? 0 : page + 1;
		return page;
	}

	/**
	 * Reading a raw event off the wire ({@code ArticleNormalizer.normalize(byte[])}): not
	 * part of {@code ourNormalize}, which starts from the event record.
	 */
	@Benchmark
	public RawArticleEvent readRawEvent() {
		return this.reader.read(this.rawEvents.get(nextPage()));
	}

	@Benchmark
	public ExtractedArticle dedupe() {
		return this.deduplicator.dedupe(this.extracted.get(nextPage()));
	}

	@Benchmark
	public String renderBody() {
		int page = nextPage();
		return this.renderer.render(this.deduped.get(page).blocks(), this.urls.get(page));
	}

	/** What the normalizer computes: one scan of the body (BodyFingerprint). */
	@Benchmark
	public long fingerprints() {
		BodyFingerprint fingerprint = BodyFingerprint.of(this.texts.get(nextPage()));
		return fingerprint.simhash() + fingerprint.contentHash().hashCode() + fingerprint.wordCount();
	}

	/** The word-list methods the normalizer used before BodyFingerprint. */
	@Benchmark
	public long fingerprintsByWordList() {
		List<String> words = Fingerprints.words(this.texts.get(nextPage()));
		return SimHash.of(words) + Fingerprints.contentHash(words).hashCode() + words.size();
	}

}
