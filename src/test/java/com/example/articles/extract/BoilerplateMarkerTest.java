package com.example.articles.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

import com.example.articles.extract.ClassSignals.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateMarkerTest {

	@Test
	void marksChromeAndSkipsInvisibleParts() {
		Document doc = Jsoup.parse("""
				<nav><a href=/>Home</a></nav><div class="share-bar">Share</div>
				<article><p>Some text of the article that goes on.</p><script>x()</script>
				<p style="DISPLAY: None">hidden</p></article>""");
		Map<Element, Boolean> marks = BoilerplateMarker.mark(doc.body(), ElementStats.of(doc.body()),
				new ClassSignals(), false);
		assertThat(marks).containsEntry(doc.selectFirst("nav"), Boolean.TRUE)
			.containsEntry(doc.selectFirst("div.share-bar"), Boolean.TRUE)
			.containsEntry(doc.selectFirst("script"), Boolean.FALSE)
			.containsEntry(doc.select("p").get(1), Boolean.FALSE)
			.hasSize(4);
		Map<Element, Boolean> relaxed = BoilerplateMarker.mark(doc.body(), ElementStats.of(doc.body()),
				new ClassSignals(), true);
		assertThat(relaxed).doesNotContainKey(doc.selectFirst("nav")).hasSize(2);
	}

	/** The walk by child index marks what the traversal of main f0b984d marked. */
	@Test
	void marksWhatTheTraversalMarked() {
		for (String html : ElementStatsTest.pages()) {
			Document doc = Jsoup.parse(html, "https://example.org/a");
			Element body = doc.body();
			ElementStats stats = ElementStats.of(body);
			for (boolean relaxed : new boolean[] { false, true }) {
				Map<Element, Boolean> marks = BoilerplateMarker.mark(body, stats, new ClassSignals(), relaxed);
				Map<Element, Boolean> expected = referenceMark(body, stats, new ClassSignals(), relaxed);
				assertThat(marks).hasSameSizeAs(expected);
				for (Map.Entry<Element, Boolean> mark : expected.entrySet()) {
					assertThat(marks.get(mark.getKey())).isEqualTo(mark.getValue());
				}
			}
		}
	}

	/** BoilerplateMarker.mark of main f0b984d. */
	private static Map<Element, Boolean> referenceMark(Element body, ElementStats stats, ClassSignals signals,
			boolean relaxed) {
		Set<String> listTags = Set.of("ul", "ol", "dl", "table");
		Set<String> inlineTags = Set.of("span", "a", "em", "strong", "b", "i", "font", "small", "u", "mark", "abbr",
				"cite", "q", "sup", "sub", "label");
		Set<String> chromeTags = Set.of("nav", "aside", "footer", "header", "menu", "form");
		Map<Element, Boolean> marks = new IdentityHashMap<>();
		Set<Element> keptBoxes = Collections.newSetFromMap(new IdentityHashMap<>());
		int pageText = Math.max(1, stats.text(body) - stats.links(body));
		NodeTraversor.filter(new NodeFilter() {

			@Override
			public FilterResult head(Node node, int depth) {
				if (!(node instanceof Element element)) {
					return FilterResult.SKIP_CHILDREN;
				}
				if (element == body) {
					return FilterResult.CONTINUE;
				}
				String tag = element.normalName();
				if (tag.equals("noscript") && stats.text(element) - stats.links(element) > 300) {
					return FilterResult.CONTINUE;
				}
				if (Tags.NON_CONTENT.contains(tag) || hidden(element)) {
					marks.put(element, Boolean.FALSE);
					return FilterResult.SKIP_ENTIRELY;
				}
				if (relaxed || tag.equals("img") || tag.equals("br")) {
					return FilterResult.CONTINUE;
				}
				double share = (double) (stats.text(element) - stats.links(element)) / pageText;
				Verdict verdict = signals.of(element);
				boolean chrome = switch (verdict) {
					case STRONG_BOILERPLATE, WEAK_BOILERPLATE, SHAPE_BOILERPLATE -> true;
					case CONTENT, CAPTION, CREDIT -> false;
					case NEUTRAL -> chromeTags.contains(tag);
				};
				if (verdict != Verdict.STRONG_BOILERPLATE && chrome && tag.equals("article")) {
					chrome = false;
				}
				if (chrome && verdict != Verdict.STRONG_BOILERPLATE
						&& (listTags.contains(tag) || tag.equals("header") || verdict == Verdict.SHAPE_BOILERPLATE)
						&& stats.linkDensity(element) < 0.3 && (stats.text(element) - stats.links(element) > 150
								|| (verdict == Verdict.SHAPE_BOILERPLATE && keptBoxes.contains(element.parent())))) {
					chrome = false;
					if (verdict == Verdict.SHAPE_BOILERPLATE) {
						keptBoxes.add(element);
					}
				}
				if (chrome && inlineTags.contains(tag) && stats.text(element) > 150) {
					chrome = false;
				}
				if (chrome && verdict != Verdict.STRONG_BOILERPLATE && !chromeTags.contains(tag) && share > 0.25
						&& stats.linkDensity(element) < 0.5) {
					chrome = false;
				}
				if (chrome && share > 0.6 && stats.linkDensity(element) < 0.5) {
					chrome = false;
				}
				if (chrome && share > 0.25 && element.selectFirst("[itemprop=articleBody], main, article") != null) {
					chrome = false;
				}
				if (chrome) {
					marks.put(element, Boolean.TRUE);
					return FilterResult.SKIP_ENTIRELY;
				}
				return FilterResult.CONTINUE;
			}
		}, body);
		return marks;
	}

	private static boolean hidden(Element element) {
		if (element.hasAttr("hidden")) {
			return true;
		}
		String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
		return style.contains("display:none") || style.contains("visibility:hidden");
	}

}
