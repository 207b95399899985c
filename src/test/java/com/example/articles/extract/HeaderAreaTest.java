package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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

	private static final String ALPHABET = "ab Z9,. \t\n\r\f\u000B\u00A0\u00AD\u200B\u200C\u200D\uFEFF\u2002\u2009"
			+ "\u3000\u001C\u0085\u2028\uD83D\uDE00\uD800éß";

	@Test
	void measuresTheNormalizedTextWithoutBuildingIt() {
		Random random = new Random(11);
		for (int round = 0; round < 50_000; round++) {
			String raw = randomText(random, 12);
			String normalized = new TextNode(raw).text();
			int expected = normalized.isBlank() ? -1 : normalized.length();
			assertThat(HeaderArea.normalizedLength(raw)).as(raw).isEqualTo(expected);
		}
	}

	@Test
	void boundedTextAgreesWithReadingTheNormalizedTextOfEveryNode() {
		Random random = new Random(13);
		String[] tags = { "span", "a", "div", "p", "b", "script" };
		for (int round = 0; round < 5_000; round++) {
			Element root = new Element("div");
			List<Element> open = new ArrayList<>(List.of(root));
			int children = random.nextInt(12);
			for (int i = 0; i < children; i++) {
				Element parent = open.get(random.nextInt(open.size()));
				if (random.nextInt(3) == 0) {
					Element child = new Element(tags[random.nextInt(tags.length)]);
					parent.appendChild(child);
					open.add(child);
				}
				else {
					parent.appendChild(new TextNode(randomText(random, random.nextInt(4) == 0 ? 150 : 20)));
				}
			}
			assertThat(HeaderArea.boundedText(root)).as(root.outerHtml()).isEqualTo(referenceBoundedText(root));
		}
	}

	@Test
	void boundedTextAgreesWithTheTwoPassReadingOnRandomTrees() {
		// the one-pass reading against the reading it replaced (raw text, then collapse),
		// on trees large enough to reach every bound (nodes, normalized and collapsed
		// length)
		Random random = new Random(17);
		String[] tags = { "span", "a", "div", "p", "b", "script", "li", "br", "svg" };
		for (int round = 0; round < 20_000; round++) {
			Element root = new Element("div");
			List<Element> open = new ArrayList<>(List.of(root));
			int size = random.nextInt(4) == 0 ? 260 : 25;
			int children = random.nextInt(size);
			for (int i = 0; i < children; i++) {
				Element parent = open.get(random.nextInt(open.size()));
				if (random.nextInt(3) == 0) {
					Element child = new Element(tags[random.nextInt(tags.length)]);
					parent.appendChild(child);
					open.add(child);
				}
				else {
					int max = switch (random.nextInt(6)) {
						case 0 -> 250;
						case 1 -> 60;
						default -> 12;
					};
					parent.appendChild(new TextNode(randomText(random, max)));
				}
			}
			assertThat(HeaderArea.boundedText(root)).as(root.outerHtml()).isEqualTo(twoPassBoundedText(root));
		}
	}

	@Test
	void boundedTextLeavesOutPartsThatAreBlankOnceNormalized() {
		Element root = new Element("div");
		root.appendChild(new TextNode("Ann"));
		root.appendChild(new TextNode(" \u00AD\u200B "));
		root.appendChild(new TextNode("\u00ADLee\u00AD"));
		root.appendChild(new Element("p"));
		root.appendChild(new TextNode("\u2003x\uFEFF"));
		assertThat(HeaderArea.boundedText(root)).isEqualTo("Ann Lee x");
	}

	/** The bounded text as read before the one-pass reading (main f0b984d). */
	static String twoPassBoundedText(Element element) {
		StringBuilder text = new StringBuilder();
		int length = 0;
		int nodes = 0;
		Node node = element.childNodeSize() > 0 ? element.childNode(0) : null;
		while (node != null) {
			if (++nodes > 200) {
				return null;
			}
			if (node instanceof TextNode textNode) {
				String part = textNode.getWholeText();
				int partLength = HeaderArea.normalizedLength(part);
				if (partLength >= 0) {
					text.append(' ').append(part);
					length += 1 + partLength;
					if (length > HeaderArea.MAX_LINE * 2) {
						return null;
					}
				}
			}
			else if (node instanceof Element child && child.isBlock() && !text.isEmpty()) {
				text.append(' ');
				length++;
			}
			if (node instanceof Element child && !isInvisible(child) && child.childNodeSize() > 0) {
				node = child.childNode(0);
				continue;
			}
			node = nextWithin(node, element);
		}
		String raw = text.toString();
		if (raw.indexOf('\u00AD') >= 0) {
			raw = raw.replace("\u00AD", "");
		}
		String collapsed = Texts.collapse(raw);
		return collapsed.length() > HeaderArea.MAX_LINE ? null : collapsed;
	}

	private static boolean isInvisible(Element element) {
		return element.nameIs("script") || element.nameIs("style") || element.nameIs("noscript")
				|| element.nameIs("template") || element.nameIs("svg") || element.nameIs("iframe")
				|| element.nameIs("select") || element.nameIs("button");
	}

	private static final String[] HEADER_TEXTS = { "By Ann Lee", "BY ANN LEE", "Written by Bo Chen", "By", "by",
			" — By: ", "Author", "author:", "written by", "Ann Lee", "Updated Nov 19, 2019", "Last updated: 3 May",
			"Nov 19, 2019 10:31 pm CST", "Share", "5 min read", "|", "Bylines", "Wrote by", "_by", "9 by", "ÉbY",
			"\u00A0By\u00A0Ann", "\u212Ay", "Advertisement", "Photo: Reuters", "Body text. ".repeat(20), "\n  ", " ",
			"" };

	@Test
	void preChecksTheByLabelExactly() {
		Pattern label = Pattern.compile("(?i)\\W*(?:by|written by|author)\\W*");
		Random random = new Random(20);
		for (int round = 0; round < 100_000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(4);
			for (int i = 0; i < length; i++) {
				text.append(HEADER_TEXTS[random.nextInt(HEADER_TEXTS.length)]);
			}
			if (label.matcher(text).matches()) {
				assertThat(HeaderArea.mayBeByLabel(text.toString())).as(text.toString()).isTrue();
			}
		}
		// the chars \\W* cannot take, under (?i): ASCII letters, digits and the
		// underscore
		Pattern word = Pattern.compile("(?i)\\W");
		for (int c = 0; c <= 0xFFFF; c++) {
			boolean wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
			assertThat(word.matcher(String.valueOf((char) c)).matches()).isEqualTo(!wordChar);
		}
		assertThat(HeaderArea.mayBeByLabel(" — By: ")).isTrue();
		assertThat(HeaderArea.mayBeByLabel("Ann Lee")).isTrue();
		assertThat(HeaderArea.mayBeByLabel("Jane Doe")).isFalse();
	}

	private static String randomText(Random random, int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(maxLength + 1);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	/** The bounded text as first written: the normalized text() of every text node. */
	private static String referenceBoundedText(Element element) {
		StringBuilder text = new StringBuilder();
		int nodes = 0;
		Node node = element.childNodeSize() > 0 ? element.childNode(0) : null;
		while (node != null) {
			if (++nodes > 200) {
				return null;
			}
			if (node instanceof TextNode textNode) {
				String part = textNode.text();
				if (!part.isBlank()) {
					text.append(' ').append(part);
					if (text.length() > HeaderArea.MAX_LINE * 2) {
						return null;
					}
				}
			}
			else if (node instanceof Element child && child.isBlock() && !text.isEmpty()) {
				text.append(' ');
			}
			if (node instanceof Element child && !child.nameIs("script") && child.childNodeSize() > 0) {
				node = child.childNode(0);
				continue;
			}
			node = nextWithin(node, element);
		}
		String collapsed = Texts.collapse(text.toString());
		return collapsed.length() > HeaderArea.MAX_LINE ? null : collapsed;
	}

	private static Node nextWithin(Node node, Element root) {
		Node current = node;
		while (current != null && current != root) {
			Node sibling = current.nextSibling();
			if (sibling != null) {
				return sibling;
			}
			current = current.parent();
		}
		return null;
	}

}
