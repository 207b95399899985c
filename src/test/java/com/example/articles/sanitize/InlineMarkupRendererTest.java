package com.example.articles.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.articles.extract.Block;
import com.example.articles.extract.BlockKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk over inline markup must give the parse-and-clean path's output byte for byte
 * whenever it answers, and leave everything else to that path.
 */
class InlineMarkupRendererTest {

	private static final String BASE = "https://example.com/news/story.html?id=7";

	private final BodyHtmlRenderer renderer = new BodyHtmlRenderer();

	@ParameterizedTest
	@ValueSource(strings = { "plain text", "", "Fish &amp; chips &lt;3 &gt; 2&nbsp;euros, \"quoted\" it's",
			"raw > and \u00a0 no-break", "emoji \ud83d\ude00 and \u00e9\u4e2d", "tab\there\nline\r\nbreak",
			"One <em>two</em> <strong>three <i>four</i></strong>", "a<br>b<br>", "<b></b><span></span>",
			"see <a href=\"/other\" onclick=\"x()\">this</a>", "<a href=\"other?a=1&amp;b=2#frag\">rel</a>",
			"<a href=\"https://a.example/x\" rel=\"nofollow\" target=\"_blank\">x</a>",
			"<a rel=\"nofollow noopener noreferrer\" href=\"/x\">moved rel</a>",
			"<a href=\"javascript:alert(1)\">js</a>",
			"<a href=\"/ok\">a</a> <a href=\"javascript:x()\">b</a> <a href=\"https://x.example/\">c</a> <a href=\"JAVASCRIPT:y\">d</a>",
			"<a href=\"  JaVaScRiPt:alert(1)\">js</a>",
			"<a href=\"mailto:a@example.com\" title=\"it's &quot;me&quot; &lt;&gt;&nbsp;&amp;\">mail</a>",
			"<a href=\"\">empty</a>", "<a href=\" /spaced \">spaced</a>", "<a href=\"//cdn.example/x\">proto</a>",
			"<a href=\"../up/./x\">dots</a>", "<a href=\"?q=1\">query</a>", "<a>no href</a>",
			"<a href=\"/a\" href=\"/b\">dup</a>", "<abbr title>t</abbr> <abbr title=\"World Health\">WHO</abbr>",
			"<span class=\"x\" style=\"color:red\">styled</span>", "<time datetime=\"2020\">Jan 1</time>",
			"<img src=\"x.jpg\" onerror=\"alert(1)\">caption", "<sig-file class=\"x\">custom</sig-file>",
			"<font color=\"red\">f</font> <tt>t</tt> <label for=\"x\">l</label>", "before<!-- note -->after",
			"<q cite=\"https://q.example\">q</q> <cite>c</cite> <mark>m</mark> <sub>1</sub><sup>2</sup>" })
	void rendersLikeParseAndClean(String inner) {
		for (BlockKind kind : List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE)) {
			List<Block> blocks = List.of(new Block(kind, "text", inner));
			String fast = this.renderer.render(blocks, BASE);
			assertThat(fast).isEqualTo(BodyHtmlRenderer.parseAndClean(blocks, BASE));
			assertThat(inline().render(blocks, BASE)).as("took the walk").isNotNull();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "<p>nested block</p>", "<div>div</div>", "<b>unclosed", "<b><i>crossed</b></i>",
			"</b>stray end", "<a href=\"/x\"><a href=\"/y\">nested</a></a>", "<script>alert(1)</script>",
			"<style>p{}</style>", "<B>upper</B>", "<a href='/x'>single quotes</a>", "<a href=/x>unquoted</a>",
			"<span/>", "&copy; entity", "&#169; numeric", "a & b", "x < y", "<!-->", "<!-- a --!> b -->",
			"<svg><a href=\"/x\">x</a></svg>", "<table><tr><td>x</td></tr></table>", "nul\u0000char",
			"lone \ud800 surrogate", "<o:p>office</o:p>", "<a HREF=\"/x\">x</a>", "<br/>" })
	void leavesOtherMarkupToTheParser(String inner) {
		List<Block> blocks = List.of(new Block(BlockKind.PARAGRAPH, "text", inner));
		assertThat(inline().render(blocks, BASE)).isNull();
		assertThat(this.renderer.render(blocks, BASE)).isEqualTo(BodyHtmlRenderer.parseAndClean(blocks, BASE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "if (a < b && c > d) { x(\"s\", 'c'); }", "", "\n", "\n\n", "\nlead", "\n\nlead",
			"\n\rlead", "\n\r\nlead", "  indented\n\ttab\r\n", "nbsp\u00a0&amp; \ud83d\ude00 \u00e9" })
	void rendersPreformattedTextLikeParseAndClean(String text) {
		List<Block> blocks = List.of(new Block(BlockKind.PARAGRAPH, "p", "before"),
				new Block(BlockKind.PREFORMATTED, text, "ignored"), new Block(BlockKind.LIST_ITEM, "li", "after"));
		assertThat(inline().render(blocks, BASE)).isNotNull().isEqualTo(BodyHtmlRenderer.parseAndClean(blocks, BASE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nul\u0000char", "bell\u0007", "lone \ud800 surrogate", "\rlead", "\r\nlead" })
	void leavesOddPreformattedTextToTheParser(String text) {
		List<Block> blocks = List.of(new Block(BlockKind.PREFORMATTED, text, "ignored"));
		assertThat(inline().render(blocks, BASE)).isNull();
	}

	@Test
	void groupsListItemsLikeTheParsePath() {
		List<Block> blocks = List.of(new Block(BlockKind.HEADING, "h", "Head"),
				new Block(BlockKind.LIST_ITEM, "a", "<em>a</em>"), new Block(BlockKind.LIST_ITEM, "b", "b"),
				new Block(BlockKind.PARAGRAPH, "p", "p"), new Block(BlockKind.LIST_ITEM, "c", "c"));
		assertThat(inline().render(blocks, BASE)).isEqualTo(BodyHtmlRenderer.parseAndClean(blocks, BASE));
	}

	@Test
	void oneBlockTheWalkCannotTakeSendsTheWholeBodyToTheParser() {
		// An unclosed element changes how the parser reads the blocks after it.
		List<Block> blocks = List.of(new Block(BlockKind.PARAGRAPH, "a", "<b>bold"),
				new Block(BlockKind.PARAGRAPH, "b", "next"));
		assertThat(inline().render(blocks, BASE)).isNull();
		assertThat(this.renderer.render(blocks, BASE)).isEqualTo(BodyHtmlRenderer.parseAndClean(blocks, BASE));
	}

	@Test
	void followsTheSafelistItIsGiven() {
		Safelist strict = new Safelist().addTags("p", "em").addAttributes("em", "title");
		InlineMarkupRenderer renderer = new InlineMarkupRenderer(strict, Set.of());
		List<Block> blocks = List.of(new Block(BlockKind.PARAGRAPH, "t",
				"<em title=\"t\" class=\"c\">e</em> <strong>s</strong> <a href=\"/x\">l</a>"));
		assertThat(renderer.render(blocks, BASE)).isEqualTo("<p><em title=\"t\">e</em> s l</p>");
	}

	@Test
	void asksAgainAboutAttributesWhoseVerdictDependsOnTheValue() {
		// a safelist with protocols on an attribute the walk was not told is a link
		Safelist cites = new Safelist().addTags("p", "q")
			.addAttributes("q", "cite", "title")
			.addProtocols("q", "cite", "https");
		InlineMarkupRenderer renderer = new InlineMarkupRenderer(cites, Set.of());
		String safe = renderer.render(
				List.of(new Block(BlockKind.PARAGRAPH, "t", "<q cite=\"https://a.example/\" title=\"t\">q</q>")), BASE);
		String unsafe = renderer
			.render(List.of(new Block(BlockKind.PARAGRAPH, "t", "<q cite=\"javascript:x()\" title=\"u\">q</q>")), BASE);
		assertThat(safe).isEqualTo("<p><q cite=\"https://a.example/\" title=\"t\">q</q></p>");
		assertThat(unsafe).isEqualTo("<p><q title=\"u\">q</q></p>");
	}

	/**
	 * Random bodies from the pieces pages are made of, well- and ill-formed: wherever the
	 * walk answers, it agrees with the parse-and-clean path.
	 */
	@Test
	void agreesWithParseAndCleanOnRandomMarkup() {
		Random random = new Random(20261125L);
		InlineMarkupRenderer inline = inline();
		int walked = 0;
		for (int round = 0; round < 3000; round++) {
			List<Block> blocks = new ArrayList<>();
			int count = 1 + random.nextInt(4);
			for (int b = 0; b < count; b++) {
				BlockKind kind = KINDS[random.nextInt(KINDS.length)];
				String markup = randomMarkup(random, 0);
				// A preformatted block is rendered from its text, which may hold
				// anything.
				blocks.add((kind == BlockKind.PREFORMATTED) ? new Block(kind, markup, "ignored")
						: new Block(kind, "t", markup));
			}
			String fast = inline.render(blocks, BASE);
			if (fast != null) {
				walked++;
				assertThat(fast).as(blocks.toString()).isEqualTo(BodyHtmlRenderer.parseAndClean(blocks, BASE));
			}
		}
		assertThat(walked).as("bodies the walk rendered").isGreaterThan(300);
	}

	/**
	 * The walk keeps the safelist's verdict on a link scheme across renders: it must hold
	 * on pages with other base URLs too.
	 */
	@ParameterizedTest
	@ValueSource(strings = { BASE, "http://other.example/", "https://x.example/a/b/c.html", "mailto:desk@example.com",
			"ftp://files.example/dir/", "file:///tmp/page.html", "javascript:void(0)/", "not a url", "",
			"HTTPS://UPPER.EXAMPLE/", "https://exa mple.com/x", "https://example.com/\u0001x" })
	void judgesLinksAlikeOnEveryPage(String base) {
		String links = "<a href=\"/root\">r</a> <a href=\"rel/x\">x</a> <a href=\"//cdn.example/x\">c</a> "
				+ "<a href=\"https://a.example/\">h</a> <a href=\"HTTP://B.example/\">u</a> "
				+ "<a href=\"mailto:a@example.com\">m</a> <a href=\"javascript:alert(1)\">j</a> "
				+ "<a href=\"ftp://f.example/\">f</a> <a href=\"data:text/html,x\">d</a> <a href=\"#top\">t</a> "
				+ "<a href=\"?q=1\">q</a> <a href=\"\">e</a> <a href=\" https://s.example/ \">s</a> "
				+ "<a href=\"tel:+123\">tel</a> <a href=\"file:///etc/passwd\">file</a>";
		for (String markup : links.split(" (?=<a)")) {
			List<Block> blocks = List.of(new Block(BlockKind.PARAGRAPH, "t", markup));
			assertThat(this.renderer.render(blocks, base)).as(markup)
				.isEqualTo(BodyHtmlRenderer.parseAndClean(blocks, base));
		}
		List<Block> all = List.of(new Block(BlockKind.PARAGRAPH, "t", links));
		assertThat(this.renderer.render(all, base)).isEqualTo(BodyHtmlRenderer.parseAndClean(all, base));
	}

	private static final BlockKind[] KINDS = { BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING,
			BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.PREFORMATTED };

	private static final String[] TEXTS = { "word", " ", "\n\n", "\r", "Fish &amp; chips", "&lt;tag&gt;", "&nbsp;",
			"\u00a0", ">", "\"q\"", "it's", "\u00e9t\u00e9", "\ud83d\ude00", "\t", "\n", "\r\n", "&copy;", "a & b", "<",
			"\u0001", "\ud800", "<!-- c -->", "<!---->", "<!-- x --!>" };

	private static final String[] TAGS = { "a", "a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "cite",
			"q", "abbr", "mark", "span", "code", "time", "font", "label", "x-widget", "p", "div", "h3", "li", "table",
			"script", "B", "o:p" };

	private static final String[] ATTRIBUTES = { " href=\"/rel/path\"", " href=\"https://other.example/x?a=1&amp;b=2\"",
			" href=\"javascript:alert(1)\"", " href=\"mailto:x@example.com\"", " href=\"\"", " href=\" /sp ace \"",
			" href=\"data:text/html,x\"", " href=\"../up\"", " href=\"?q=1\"", " href=\"#top\"", " href=/bare",
			" href='/single'", " title=\"it's &quot;t&quot; &lt;&gt;&nbsp;\"", " title", " title=\"\"",
			" rel=\"nofollow\"", " rel=\"nofollow noopener noreferrer\"", " class=\"c\"", " onclick=\"x()\"",
			" style=\"color:red\"", " data-x=\"1\"", " target=\"_blank\"", " HREF=\"/upper\"", " href=\"/dup\"" };

	private static String randomMarkup(Random random, int depth) {
		StringBuilder html = new StringBuilder();
		int parts = random.nextInt(5);
		for (int p = 0; p < parts; p++) {
			int pick = random.nextInt(10);
			if (pick < 5 || depth > 3) {
				html.append(TEXTS[random.nextInt(TEXTS.length)]);
			}
			else if (pick == 5) {
				html.append(random.nextBoolean() ? "<br>" : "<img src=\"x.jpg\" alt=\"a\">");
			}
			else {
				String tag = TAGS[random.nextInt(TAGS.length)];
				html.append('<').append(tag);
				int attributes = random.nextInt(4);
				for (int a = 0; a < attributes; a++) {
					html.append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
				}
				html.append('>').append(randomMarkup(random, depth + 1));
				int close = random.nextInt(20);
				if (close > 0) {
					html.append("</").append(close == 1 ? TAGS[random.nextInt(TAGS.length)] : tag).append('>');
				}
			}
		}
		return html.toString();
	}

	private static InlineMarkupRenderer inline() {
		return BodyHtmlRenderer.inlineRenderer();
	}

}
