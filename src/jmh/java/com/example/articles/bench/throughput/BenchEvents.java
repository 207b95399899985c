package com.example.articles.bench.throughput;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.example.articles.bench.CorpusPage;
import com.example.articles.contract.EventJson;

/**
 * Raw article events made from the pages of a corpus directory (read at run time, never
 * copied into the project), as many as asked for: event {@code i} is page
 * {@code i % pages} in repetition {@code i / pages}.
 * <p>
 * In {@link Mode#DISTINCT} every event is another article: the page URL moves to a host
 * of its own per repetition ({@code r<N>.<host>.bench.test}, so the page's rel=canonical,
 * on another domain, is ignored and the article id differs), and from the second
 * repetition on the letters of the page's text (not its tags, attributes, entities,
 * scripts or styles) go through a letter substitution of that repetition, so that the
 * content hash and the simhash differ too while the markup, the sizes and the work of the
 * extractor stay those of the real page. In {@link Mode#DUPLICATES} every repetition is
 * the same page again under its own URL: a re-scrape that the dedupe drops.
 * <p>
 * Thread-safe: the pages are prepared once, each event is a fresh array.
 */
final class BenchEvents {

	private final List<Page> pages;

	private final Mode mode;

	private BenchEvents(List<Page> pages, Mode mode) {
		this.pages = pages;
		this.mode = mode;
	}

	enum Mode {

		DISTINCT, DUPLICATES

	}

	/** A raw event: key (the page URL), value (the event JSON), and its id. */
	record Event(String eventId, byte[] key, byte[] value) {

	}

	static BenchEvents load(Path corpus, Mode mode) {
		List<Page> pages = new ArrayList<>();
		for (CorpusPage page : CorpusPage.load(corpus)) {
			pages.add(Page.of(page.url(), page.html()));
		}
		return new BenchEvents(List.copyOf(pages), mode);
	}

	int pageCount() {
		return this.pages.size();
	}

	/** Mean size of an event's value in bytes. */
	long meanValueBytes() {
		long total = 0;
		for (int i = 0; i < this.pages.size(); i++) {
			total += event(i).value().length;
		}
		return total / this.pages.size();
	}

	Event event(long index) {
		int pageIndex = (int) (index % this.pages.size());
		int rep = (int) (index / this.pages.size());
		Page page = this.pages.get(pageIndex);
		String eventId = "bench-" + rep + "-" + pageIndex;
		boolean distinct = this.mode == Mode.DISTINCT;
		String url = distinct ? page.urlOfRepetition(rep) : page.url();
		byte[] prefix = ("{\"eventId\":\"" + eventId + "\",\"url\":" + EventJson.toJson(url)
				+ ",\"contentType\":\"text/html\",\"html\":")
			.getBytes(StandardCharsets.UTF_8);
		byte[] html = page.htmlJson();
		byte[] value = new byte[prefix.length + html.length + 1];
		System.arraycopy(prefix, 0, value, 0, prefix.length);
		System.arraycopy(html, 0, value, prefix.length, html.length);
		value[value.length - 1] = '}';
		if (distinct && rep > 0) {
			byte[] substitution = substitution(rep);
			for (int position : page.letters()) {
				int at = prefix.length + position;
				value[at] = substitution[value[at]];
			}
		}
		return new Event(eventId, url.getBytes(StandardCharsets.UTF_8), value);
	}

	/** A permutation of the ASCII letters, the same for both cases, per repetition. */
	private static byte[] substitution(int rep) {
		List<Integer> letters = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			letters.add(i);
		}
		Collections.shuffle(letters, new Random(rep * 7919L + 17));
		byte[] table = new byte[128];
		for (int i = 0; i < 128; i++) {
			table[i] = (byte) i;
		}
		for (int i = 0; i < 26; i++) {
			table['a' + i] = (byte) ('a' + letters.get(i));
			table['A' + i] = (byte) ('A' + letters.get(i));
		}
		return table;
	}

	/**
	 * A corpus page: its URL, its HTML as a JSON string literal, and the offsets in that
	 * literal of the ASCII letters of its text.
	 */
	private record Page(String url, byte[] htmlJson, int[] letters) {

		static Page of(String url, String html) {
			byte[] json = EventJson.toJson(html).getBytes(StandardCharsets.UTF_8);
			return new Page(url, json, textLetters(json));
		}

		String urlOfRepetition(int rep) {
			try {
				URI uri = new URI(this.url);
				return new URI(uri.getScheme(), uri.getUserInfo(), "r" + rep + "." + uri.getHost() + ".bench.test",
						uri.getPort(), uri.getPath(), uri.getQuery(), null)
					.toString();
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException(this.url, ex);
			}
		}

		/**
		 * Offsets of the letters outside tags, comments, entities, JSON escapes, scripts
		 * and styles: a small scanner, good enough for a benchmark's text substitution.
		 */
		private static int[] textLetters(byte[] json) {
			int[] positions = new int[json.length];
			int count = 0;
			int i = 1;
			int end = json.length - 1;
			while (i < end) {
				byte b = json[i];
				if (b == '\\') {
					i += (json[i + 1] == 'u') ? 6 : 2;
				}
				else if (b == '<') {
					int close = indexOf(json, (byte) '>', i, end);
					String tag = tagName(json, i + 1, close);
					i = close + 1;
					if (tag.equals("script") || tag.equals("style")) {
						i = indexOfIgnoreCase(json, "</" + tag, i, end);
					}
				}
				else if (b == '&') {
					int j = i + 1;
					while (j < end && j - i < 12 && (Character.isLetterOrDigit(json[j]) || json[j] == '#')) {
						j++;
					}
					i = (j < end && json[j] == ';') ? j + 1 : i + 1;
				}
				else {
					if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
						positions[count++] = i;
					}
					i++;
				}
			}
			int[] result = new int[count];
			System.arraycopy(positions, 0, result, 0, count);
			return result;
		}

		private static String tagName(byte[] json, int from, int to) {
			StringBuilder name = new StringBuilder();
			for (int i = from; i < to && Character.isLetterOrDigit(json[i]); i++) {
				name.append((char) Character.toLowerCase(json[i]));
			}
			return name.toString();
		}

		private static int indexOf(byte[] json, byte wanted, int from, int end) {
			for (int i = from; i < end; i++) {
				if (json[i] == wanted) {
					return i;
				}
			}
			return end;
		}

		private static int indexOfIgnoreCase(byte[] json, String wanted, int from, int end) {
			byte[] w = wanted.getBytes(StandardCharsets.US_ASCII);
			for (int i = from; i + w.length <= end; i++) {
				int k = 0;
				while (k < w.length && Character.toLowerCase(json[i + k]) == w[k]) {
					k++;
				}
				if (k == w.length) {
					return i;
				}
			}
			return end;
		}

	}

}
