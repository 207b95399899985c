package com.example.articles.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElementStatsTest {

	static List<String> pages() {
		List<String> pages = new ArrayList<>();
		for (String name : new String[] { "after-article-sections.html", "blog-sign-off.html", "caption-lines.html",
				"cookie-newsletter.html", "daily-mail-style.html", "data-table-article.html", "french.html",
				"german.html", "jsonld-graph.html", "licence-and-contact-tail.html", "paywalled-short-article.html",
				"polish.html", "post-meta-tail.html", "related-heading-fr.html", "ruby-and-combining-accents.html",
				"shape-named-boxes.html", "tiny-post.html", "wordpress.html" }) {
			pages.add(Fixtures.page(name));
		}
		Random random = new Random(20261125);
		for (int i = 0; i < 300; i++) {
			pages.add(RandomPages.page(random));
		}
		return pages;
	}

	@Test
	void countsWhatAMapOfCountsPerElementCounts() {
		for (String html : pages()) {
			Document doc = Jsoup.parse(html, "https://example.org/a");
			ElementStats stats = ElementStats.of(doc.body());
			Map<Element, int[]> expected = referenceCounts(doc.body());
			for (Element element : doc.getAllElements()) {
				int[] counts = expected.getOrDefault(element, new int[3]);
				assertThat(stats.text(element)).isEqualTo(counts[0]);
				assertThat(stats.links(element)).isEqualTo(counts[1]);
				int slot = stats.slot(element);
				assertThat(slot >= 0).isEqualTo(expected.containsKey(element));
				assertThat(stats.textAt(slot)).isEqualTo(counts[0]);
				assertThat(stats.linksAt(slot)).isEqualTo(counts[1]);
				assertThat(stats.flags(element)).isEqualTo(counts[2]);
				assertThat(stats.linkDensity(element)).isEqualTo(counts[0] == 0 ? 0 : (double) counts[1] / counts[0]);
				assertThat(stats.hasBlockDescendant(element)).isEqualTo((counts[2] & ElementStats.HAS_BLOCK) != 0);
				assertThat(stats.hasImage(element)).isEqualTo((counts[2] & ElementStats.HAS_IMAGE) != 0);
				assertThat(stats.hasCollapsedText(element))
					.isEqualTo(expected.containsKey(element) && ownTextsCollapsed(element));
				assertThat(stats.mayHoldFromU0300(element))
					.isEqualTo(!expected.containsKey(element) || holdsFromU0300(element));
				if (!stats.mayHoldFromU0300(element)) {
					// what the body assembler relies on to skip composing
					String text = TextCollector.collect(element, Map.of()).text();
					assertThat(BodyAssembler.composed(text)).isSameAs(text);
				}
			}
		}
	}

	@Test
	void holdsPagesOfManyElements() {
		StringBuilder html = new StringBuilder("<body>");
		for (int i = 0; i < 5000; i++) {
			html.append("<div><a href=/x>link ").append(i).append("</a> and  text</div>");
		}
		Document doc = Jsoup.parse(html.toString());
		ElementStats stats = ElementStats.of(doc.body());
		Map<Element, int[]> expected = referenceCounts(doc.body());
		for (Element div : doc.select("div")) {
			assertThat(stats.text(div)).isEqualTo(expected.get(div)[0]);
			assertThat(stats.links(div)).isEqualTo(div.selectFirst("a").text().length());
			assertThat(stats.hasCollapsedText(div)).isFalse();
			assertThat(stats.hasCollapsedText(div.selectFirst("a"))).isTrue();
		}
		assertThat(stats.text(new Element("div"))).isZero();
		assertThat(stats.hasCollapsedText(new Element("div"))).isFalse();
	}

	@Test
	void collapsedTextIsAboutTheElementsOwnTexts() {
		Document doc = Jsoup.parse("<div>one <p>two\n three</p> four</div><p> five six</p>");
		ElementStats stats = ElementStats.of(doc.body());
		assertThat(stats.hasCollapsedText(doc.selectFirst("div"))).isTrue();
		assertThat(stats.hasCollapsedText(doc.selectFirst("div p"))).isFalse();
		assertThat(stats.hasCollapsedText(doc.select("p").get(1))).isTrue();
	}

	private static boolean holdsFromU0300(Element element) {
		boolean[] found = new boolean[1];
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text
					&& text.getWholeText().chars().anyMatch(c -> c >= 0x300 && !Texts.isSpace((char) c))) {
				found[0] = true;
			}
		}, element);
		return found[0];
	}

	private static boolean ownTextsCollapsed(Element element) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text && (Texts.measure(text.getWholeText()) & Texts.NOT_COLLAPSED) != 0) {
				return false;
			}
		}
		return true;
	}

	/** The counts as the map-based version of main f0b984d kept them. */
	static Map<Element, int[]> referenceCounts(Element root) {
		Map<Element, int[]> stats = new IdentityHashMap<>();
		int[][] open = new int[1000][];
		int[] state = new int[2];
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element element) {
					open[state[0]++] = new int[3];
					if (element.nameIs("a")) {
						state[1]++;
					}
				}
				else if (node instanceof TextNode text && state[0] > 0) {
					int n = Texts.collapsedLength(text.getWholeText());
					int[] top = open[state[0] - 1];
					top[0] += n;
					if (state[1] > 0) {
						top[1] += n;
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					int[] own = open[--state[0]];
					stats.put(element, own);
					String tag = element.normalName();
					if (tag.equals("a")) {
						state[1]--;
					}
					if (state[0] > 0) {
						int[] parent = open[state[0] - 1];
						parent[0] += own[0];
						parent[1] += own[1];
						parent[2] |= own[2];
						if (Tags.BLOCK.contains(tag)) {
							parent[2] |= ElementStats.HAS_BLOCK;
						}
						if (tag.equals("img")) {
							parent[2] |= ElementStats.HAS_IMAGE;
						}
					}
				}
			}
		}, root);
		return stats;
	}

}
