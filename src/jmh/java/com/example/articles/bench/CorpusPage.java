package com.example.articles.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.example.articles.contract.EventJson;
import com.example.articles.contract.RawArticleEvent;

/**
 * One page of an extraction corpus, read from the corpus directory at benchmark setup
 * (the pages are never copied into the project).
 */
public record CorpusPage(String id, String url, String html) {

	private static final String PAGE_SUFFIX = ".html.gz";

	/** The page as the score tool sends it: an HTML raw article event. */
	RawArticleEvent event() {
		return new RawArticleEvent(this.id, this.url, this.html, null, null, null, "text/html", null);
	}

	/**
	 * The pages of a corpus directory in the layout of ../shared/corpus/scrapinghub-dev:
	 * {@code html/<id>.html.gz}, and {@code ground-truth.json} for the page URLs when
	 * present. Sorted by id; decoded as UTF-8 like the score tool does.
	 */
	public static List<CorpusPage> load(Path corpus) {
		Path htmlDir = corpus.resolve("html");
		if (!Files.isDirectory(htmlDir)) {
			throw new IllegalArgumentException("no html/ directory in corpus " + corpus.toAbsolutePath());
		}
		Map<String, String> urls = urls(corpus.resolve("ground-truth.json"));
		List<CorpusPage> pages = new ArrayList<>();
		try (Stream<Path> files = Files.list(htmlDir)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (!name.endsWith(PAGE_SUFFIX)) {
					continue;
				}
				String id = name.substring(0, name.length() - PAGE_SUFFIX.length());
				String url = urls.getOrDefault(id, "https://example.org/" + id);
				pages.add(new CorpusPage(id, url, gunzip(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (pages.isEmpty()) {
			throw new IllegalArgumentException("no *" + PAGE_SUFFIX + " pages in " + htmlDir.toAbsolutePath());
		}
		return List.copyOf(pages);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> urls(Path groundTruth) {
		if (!Files.isRegularFile(groundTruth)) {
			return Map.of();
		}
		try {
			Map<String, Map<String, Object>> truth = EventJson.mapper()
				.readValue(Files.readAllBytes(groundTruth), Map.class);
			Map<String, String> urls = new java.util.HashMap<>();
			truth.forEach((id, entry) -> {
				if (entry.get("url") instanceof String url) {
					urls.put(id, url);
				}
			});
			return urls;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String gunzip(Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
