package com.example.articles.extract;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCollectorTest {

	@Test
	void collectsVisibleTextCollapsedWithTheLinkShare() {
		Document doc = Jsoup.parse("<p> One  <a href=/x>two\nthree</a> <span hidden>no</span><br>four&nbsp; </p>");
		Element p = doc.selectFirst("p");
		Map<Element, Boolean> marks = Map.of(doc.selectFirst("span"), Boolean.FALSE);
		TextCollector.Collected collected = TextCollector.collect(p, marks);
		assertThat(collected.text()).isEqualTo("One two three four");
		assertThat(collected.linkChars()).isEqualTo("two three".length());
		assertThat(collected.sawMarked()).isTrue();
		assertThat(TextCollector.collect(p, marks, ElementStats.of(doc.body()))).isEqualTo(collected);
	}

	/**
	 * With the page's counts, texts found collapsed when counted are appended as they
	 * are: the result must be what collapsing every text gives, for every element and
	 * every run of child nodes, with and without marks.
	 */
	@Test
	void collapsedTextsGiveWhatCollapsingEveryTextGives() {
		for (String html : ElementStatsTest.pages()) {
			Document doc = Jsoup.parse(html, "https://example.org/a");
			Element body = doc.body();
			ElementStats stats = ElementStats.of(body);
			Map<Element, Boolean> marks = BoilerplateMarker.mark(body, stats, new ClassSignals(), false);
			for (Element element : body.getAllElements()) {
				for (Map<Element, Boolean> someMarks : List.of(marks, Map.<Element, Boolean>of())) {
					assertThat(TextCollector.collect(element, someMarks, stats))
						.isEqualTo(TextCollector.collect(element, someMarks));
					List<Node> run = element.childNodes();
					assertThat(TextCollector.collect(run, someMarks, stats))
						.isEqualTo(TextCollector.collect(run, someMarks));
				}
			}
		}
	}

}
