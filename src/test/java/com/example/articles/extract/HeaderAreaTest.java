package com.example.articles.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderAreaTest {

	@Test
	void tellsTheWhitespaceBetweenTagsFromText() {
		assertThat(HeaderArea.isLayoutWhitespace(new TextNode("\n\t  \r\f"))).isTrue();
		assertThat(HeaderArea.isLayoutWhitespace(new TextNode(""))).isTrue();
		assertThat(HeaderArea.isLayoutWhitespace(new TextNode(" \u00A0 "))).isFalse();
		assertThat(HeaderArea.isLayoutWhitespace(new TextNode("  By "))).isFalse();
	}

	@Test
	void readsTheBylineAndDatelineAfterTheHeadline() {
		Document doc = Jsoup.parse("<article><h1>The headline</h1>\n  <div class=\"meta\">\n"
				+ "  <span class=\"byline\">By <a href=\"/a\">Ann Lee</a></span>\n  <time>Nov 19, 2019</time>\n  </div>\n"
				+ "<p>" + "Body text. ".repeat(20) + "</p></article>");
		HeaderArea area = HeaderArea.around(doc.selectFirst("h1"));
		// the loose text nodes count as lines of their own
		assertThat(area.lines).containsExactly("By Ann Lee Nov 19, 2019", "By Ann Lee", "By", "Ann Lee", "Ann Lee",
				"Nov 19, 2019", "Nov 19, 2019");
		assertThat(area.bylines).extracting(Element::className).containsExactly("meta", "byline");
	}

	@Test
	void boundsTheTextOfAnElement() {
		Document doc = Jsoup
			.parse("<div id=a>\n <span> Ann \n Lee </span>\n<p>x</p></div><div id=b>" + "word ".repeat(100) + "</div>");
		assertThat(HeaderArea.boundedText(doc.getElementById("a"))).isEqualTo("Ann Lee x");
		assertThat(HeaderArea.boundedText(doc.getElementById("b"))).isNull();
	}

}
