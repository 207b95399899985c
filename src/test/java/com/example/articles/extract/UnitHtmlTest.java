package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer must give Jsoup's serialization byte for byte whenever it answers, and
 * answer for the markup body text is made of.
 */
class UnitHtmlTest {

	private static final String BASE = "https://example.com/news/story.html";

	@ParameterizedTest
	@ValueSource(strings = { "plain text", "", "Fish &amp; chips &lt;3 &gt; 2&nbsp;euros, \"quoted\" it's",
			"emoji \ud83d\ude00 and \u00e9\u4e2d \u0080\u009f\u200b\ufeff", "tab\there\nline\r\nbreak",
			"One <em>two</em> <strong>three <i>four</i></strong>", "a<br>b<br/>c<wbr>", "<b></b><span></span>",
			"see <a href=\"/other\" onclick=\"x()\" target=_blank>this</a>",
			"<a href='other?a=1&amp;b=2#frag' title='say \"hi\" &lt;&gt; &amp; \u00a0'>rel</a>",
			"<abbr title>t</abbr> <input disabled checked=checked hidden=\"HIDDEN\" selected=\"no\" value>",
			"<img src=\"x.jpg\" alt=\"\">caption", "<sig-file class=\"x\">custom</sig-file> <o:p>office</o:p>",
			"before<!-- note & <b> -->after", "<span data-x=\"1\" DATA-Y=\"2\" :at=\"3\" @click=\"4\">x</span>",
			"&copy; &#169; &euro; &#x1F600; &hellip;", "<textarea>a < b</textarea>", "<noscript>n</noscript>",
			"<pre>\n\nx</pre><pre>\rx</pre><pre>x\n</pre><listing>\n\nl</listing>" })
	void writesInnerHtmlLikeJsoup(String inner) {
		Element p = parse("<div>" + inner + "</div>").selectFirst("div");
		assertThat(UnitHtml.inner(p)).isNotNull().isEqualTo(p.html());
		assertThat(UnitHtml.outer(p.childNodes())).isNotNull().isEqualTo(outerHtml(p.childNodes()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<svg><a href=\"/x\">x</a></svg>", "<math><mi>x</mi></math>", "<script>x()</script>",
			"<style>p{}</style>", "<form><input></form>", "ctl \u0001 char", "lone \ud800 surrogate",
			"<span a\"b=\"1\">bad key</span>" })
	void leavesOtherNodesToJsoup(String inner) {
		Element div = parse("<div>" + inner + "</div>").selectFirst("div");
		assertThat(UnitHtml.inner(div)).isNull();
		assertThat(UnitHtml.outer(div.childNodes())).isNull();
	}

	@Test
	void leavesDocumentsWithOtherOutputSettingsToJsoup() {
		Document pretty = Jsoup.parse("<p>a <b>b</b></p>", BASE);
		assertThat(UnitHtml.inner(pretty.selectFirst("p"))).isNull();
		Document ascii = parse("<p>\u00e9</p>");
		ascii.outputSettings().charset("US-ASCII");
		assertThat(UnitHtml.inner(ascii.selectFirst("p"))).isNull();
		Element orphan = new Element("p").appendText("a");
		assertThat(UnitHtml.inner(orphan)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "a & b", "1 < 2 > 0", "no\u00a0break", "\"quoted\" it's", "emoji \ud83d\ude00",
			"tab\t\r\n", " ", "\u00e9\u4e2d\u2028", "lone \ud800", "low \udc00 first", "ctl \u001f", "del \u007f" })
	void writesASingleTextLikeJsoup(String text) {
		Element p = parse("<p></p>").selectFirst("p").appendText(text);
		String html = UnitHtml.inner(p);
		if (text.contains("\ud800") || text.contains("\udc00") || text.contains("\u001f")) {
			assertThat(html).isNull();
		}
		else {
			assertThat(html).isEqualTo(p.html());
			assertThat(UnitHtml.outer(p.childNodes())).isEqualTo(p.html());
		}
	}

	@Test
	void givesPlainTextBackWithoutACopy() {
		Element p = parse("<p>Plain words, \"quoted\" and \u00e9</p>").selectFirst("p");
		assertThat(UnitHtml.inner(p)).isSameAs(p.textNodes().get(0).getWholeText());
	}

	@Test
	void writesNothingInsideAVoidElement() {
		Element img = parse("<p><img src=\"x\"></p>").selectFirst("img");
		img.appendText("odd");
		assertThat(UnitHtml.inner(img)).isEqualTo(img.html()).isEmpty();
		assertThat(UnitHtml.outer(List.of(img))).isEqualTo(img.outerHtml());
	}

	@Test
	void unitHtmlIsJsoupsStripped() {
		Element p = parse("<p>\n  Hello <a href=\"/x\">world</a> &amp; more\u00a0 \n</p>").selectFirst("p");
		Unit leaf = Unit.text(p, BlockKind.PARAGRAPH, "Hello world & more", null, 5);
		assertThat(leaf.html()).isEqualTo(p.html().strip()).startsWith("Hello");
		Unit run = Unit.text(p, BlockKind.PARAGRAPH, "world & more", List.copyOf(p.childNodes().subList(1, 3)), 5);
		assertThat(run.html()).isEqualTo(run.jsoupHtml().strip())
			.isEqualTo("<a href=\"/x\">world</a> &amp; more&nbsp;");
		Element svg = parse("<p>a <svg><g></g></svg></p>").selectFirst("p");
		assertThat(Unit.text(svg, BlockKind.PARAGRAPH, "a", null, 0).html()).isEqualTo(svg.html().strip());
	}

	/** Every element of the fixture pages, and runs of their children. */
	@ParameterizedTest
	@ValueSource(strings = { "wordpress.html", "daily-mail-style.html", "data-table-article.html", "french.html",
			"german.html", "polish.html", "ruby-and-combining-accents.html", "jsonld-graph.html",
			"shape-named-boxes.html", "caption-lines.html", "after-article-sections.html" })
	void agreesWithJsoupOnFixturePages(String page) {
		Document doc = parse(Fixtures.page(page));
		int written = 0;
		for (Element element : doc.body().getAllElements()) {
			String html = UnitHtml.inner(element);
			if (html != null) {
				written++;
				assertThat(html).isEqualTo(element.html());
			}
			List<Node> children = element.childNodes();
			for (int from = 0; from < children.size(); from += 3) {
				List<Node> run = children.subList(from, Math.min(children.size(), from + 4));
				String outer = UnitHtml.outer(run);
				if (outer != null) {
					assertThat(outer).isEqualTo(outerHtml(run));
				}
			}
		}
		assertThat(written).as("elements written").isGreaterThan(doc.body().getAllElements().size() / 2);
	}

	/**
	 * Random markup from the pieces pages are made of, well- and ill-formed: wherever the
	 * writer answers, it agrees with Jsoup.
	 */
	@Test
	void agreesWithJsoupOnRandomMarkup() {
		Random random = new Random(20261125L);
		int written = 0;
		int elements = 0;
		for (int round = 0; round < 2000; round++) {
			Document doc = parse(randomMarkup(random, 0));
			for (Element element : doc.body().getAllElements()) {
				elements++;
				String html = UnitHtml.inner(element);
				if (html != null) {
					written++;
					assertThat(html).isEqualTo(element.html());
				}
				List<Node> children = element.childNodes();
				if (!children.isEmpty()) {
					int from = random.nextInt(children.size());
					List<Node> run = children.subList(from, from + 1 + random.nextInt(children.size() - from));
					String outer = UnitHtml.outer(run);
					if (outer != null) {
						assertThat(outer).isEqualTo(outerHtml(run));
					}
				}
			}
		}
		assertThat(written).as("elements written").isGreaterThan(elements / 2);
	}

	private static final String[] TEXTS = { "word", " ", "\n\n", "\r", "Fish &amp; chips", "&lt;tag&gt;", "&nbsp;",
			"\u00a0", ">", "\"q\"", "it's", "\u00e9t\u00e9", "\ud83d\ude00", "\t", "\n", "\r\n", "&copy;", "a & b", "<",
			"\u0001", "\ud800", "<!-- c -->", "<!---->", "<!-- x --!>", "&#0;", "&#x80;", "&quot;", "]]>",
			"<![CDATA[x]]>", "\u2028", "&#xD800;", "</p>", "<?php x ?>" };

	private static final String[] TAGS = { "a", "a", "b", "strong", "i", "em", "span", "span", "code", "time", "font",
			"x-widget", "p", "div", "h3", "li", "ul", "table", "td", "tr", "script", "style", "B", "o:p", "svg", "math",
			"textarea", "title", "form", "template", "pre", "select", "option", "noscript", "iframe", "button",
			"object", "label", "sup", "blockquote", "figure", "figcaption" };

	private static final String[] VOIDS = { "<br>", "<br/>", "<img src=\"x.jpg\" alt=\"a\">", "<wbr>", "<hr>",
			"<input type=checkbox checked>", "<input value=\"\">", "<source srcset=\"a 1x\">", "<path d=\"M0\"/>",
			"<circle/>", "<foo/>", "</br>", "<image src=x>" };

	private static final String[] ATTRIBUTES = { " href=\"/rel/path\"", " href=\"https://other.example/x?a=1&amp;b=2\"",
			" href=\"javascript:alert(1)\"", " title=\"it's &quot;t&quot; &lt;&gt;&nbsp;\"", " title", " title=\"\"",
			" class=\"c\"", " onclick=\"x()\"", " style=\"color:red\"", " data-x=\"1\"", " target=_blank",
			" HREF=\"/upper\"", " href='/single'", " checked", " hidden=\"hidden\"", " disabled=\"DISABLED\"",
			" selected=\"no\"", " a\"b=\"1\"", " x'y", " =\"eq\"", " :bind=\"1\"", " @on=\"2\"", " \u00e9=\"acc\"",
			" value=\"\u0001\"", " alt=\"\ud83d\ude00 \ud800\"", " xmlns=\"http://www.w3.org/2000/svg\"",
			" viewBox=\"0 0 1 1\"", " xlink:href=\"#a\"", " dup=\"1\" dup=\"2\"", " v=\"tab\there\nnl\"" };

	private static String randomMarkup(Random random, int depth) {
		StringBuilder html = new StringBuilder();
		int parts = random.nextInt(6);
		for (int p = 0; p < parts; p++) {
			int pick = random.nextInt(10);
			if (pick < 4 || depth > 4) {
				html.append(TEXTS[random.nextInt(TEXTS.length)]);
			}
			else if (pick == 4) {
				html.append(VOIDS[random.nextInt(VOIDS.length)]);
			}
			else {
				String tag = TAGS[random.nextInt(TAGS.length)];
				html.append('<').append(tag);
				int attributes = random.nextInt(4);
				for (int a = 0; a < attributes; a++) {
					html.append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
				}
				html.append('>').append(randomMarkup(random, depth + 1));
				int close = random.nextInt(12);
				if (close > 0) {
					html.append("</").append(close == 1 ? TAGS[random.nextInt(TAGS.length)] : tag).append('>');
				}
			}
		}
		return html.toString();
	}

	/** Parsed as the extractor parses pages. */
	private static Document parse(String html) {
		Document doc = Jsoup.parse(html, BASE);
		doc.outputSettings().prettyPrint(false);
		return doc;
	}

	private static String outerHtml(List<Node> nodes) {
		List<String> parts = new ArrayList<>();
		for (Node node : nodes) {
			parts.add(node.outerHtml());
		}
		return String.join("", parts);
	}

}
