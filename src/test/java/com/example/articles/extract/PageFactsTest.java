package com.example.articles.extract;

import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageFactsTest {

	private static final String[] TAGS = { "div", "span", "p", "a", "time", "h1", "article", "main", "section", "b" };

	private static final String[] ATTRIBUTES = { "rel=\"author\"", "REL=\"Author nofollow\"", "rel=\"nofollow\"",
			"rel=\" AUTHOR \"", "class=\"publish-date\"", "class=\"Post-Date meta\"", "CLASS=\"ByLine\"",
			"class=\"author-name\"", "class=\"article-author\"", "class=\"story\"", "itemprop=\"headline\"",
			"itemprop=\" author \"", "itemprop=\"datePublished\"", "itemprop=\"dateModified\"",
			"datetime=\"2024-01-02\"", "pubdate", "href=\"/x\"", "id=\"a\"", "data-x=\"1\"" };

	@Test
	void countsElementChildrenOnlyUpToTheLimit() {
		Document doc = Jsoup.parse("<div id=a>text <b>1</b> <i>2</i><!-- c --> <u>3</u></div><div id=b></div>");
		Element a = doc.getElementById("a");
		assertThat(PageFacts.fewerElementChildrenThan(a, 4)).isTrue();
		assertThat(PageFacts.fewerElementChildrenThan(a, 3)).isFalse();
		assertThat(PageFacts.fewerElementChildrenThan(doc.getElementById("b"), 1)).isTrue();
		Random random = new Random(7);
		for (int i = 0; i < 200; i++) {
			for (Element element : Jsoup.parse(randomPage(random)).getAllElements()) {
				for (int limit = 1; limit < 6; limit++) {
					assertThat(PageFacts.fewerElementChildrenThan(element, limit))
						.isEqualTo(element.childrenSize() < limit);
				}
			}
		}
	}

	@Test
	void findsTheAuthorLinkWhateverTheCaseOfItsRel() {
		Document doc = Jsoup.parse("<p><a href=/a REL=\"Nofollow AUTHOR\">Jane</a><a rel=next>Next</a>"
				+ "<span class=\"Publish-Date\"><b>1</b><b>2</b><b>3</b><b>4</b></span>"
				+ "<span class=\"publish-date\"><b>1</b> May</span></p>");
		PageFacts facts = PageFacts.of(doc);
		assertThat(facts.authorElements).containsExactly(doc.selectFirst("a"));
		// four element children make no dateline
		assertThat(facts.dateline).isSameAs(doc.select("span").get(1));
	}

	private static String randomPage(Random random) {
		StringBuilder html = new StringBuilder("<html><head><meta name=\"author\" content=\"x\"></head><body>");
		appendChildren(html, random, 0);
		return html.append("</body></html>").toString();
	}

	private static void appendChildren(StringBuilder html, Random random, int depth) {
		int children = random.nextInt(depth < 4 ? 6 : 2);
		for (int i = 0; i < children; i++) {
			if (random.nextInt(3) == 0) {
				html.append(random.nextBoolean() ? " some text " : "<!-- note -->");
				continue;
			}
			String tag = TAGS[random.nextInt(TAGS.length)];
			html.append('<').append(tag);
			int attributes = random.nextInt(4);
			for (int j = 0; j < attributes; j++) {
				html.append(' ').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
			}
			html.append('>');
			appendChildren(html, random, depth + 1);
			html.append("</").append(tag).append('>');
		}
	}

}
