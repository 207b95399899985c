package com.example.articles.sanitize;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.articles.extract.Block;
import com.example.articles.extract.BlockKind;

import static org.assertj.core.api.Assertions.assertThat;

class BodyHtmlRendererTest {

	private final BodyHtmlRenderer renderer = new BodyHtmlRenderer();

	@Test
	void rendersBlocksWithTheirTagsAndGroupsListItems() {
		String html = this.renderer.render(List.of(new Block(BlockKind.HEADING, "Intro", "Intro"),
				new Block(BlockKind.PARAGRAPH, "One two", "One <em>two</em>"), new Block(BlockKind.LIST_ITEM, "a", "a"),
				new Block(BlockKind.LIST_ITEM, "b", "b"), new Block(BlockKind.QUOTE, "q", "q")),
				"https://example.com/a");
		assertThat(html)
			.isEqualTo("<h2>Intro</h2><p>One <em>two</em></p><ul><li>a</li><li>b</li></ul><blockquote>q</blockquote>");
	}

	@Test
	void makesRelativeLinksAbsoluteAndNofollow() {
		String html = this.renderer.render(
				List.of(new Block(BlockKind.PARAGRAPH, "see", "see <a href=\"/other\" onclick=\"x()\">this</a>")),
				"https://example.com/news/a");
		assertThat(html).isEqualTo(
				"<p>see <a href=\"https://example.com/other\" rel=\"nofollow noopener noreferrer\">this</a></p>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>text", "<img src=x onerror=alert(1)>text",
			"<a href=\"javascript:alert(1)\">text</a>", "<a href=\"vbscript:msgbox(1)\">text</a>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">text</a>",
			"<iframe src=\"https://evil.example\"></iframe>text",
			"<object data=\"x.swf\"></object><embed src=\"x.swf\">text",
			"<form action=\"/x\"><input name=a></form>text", "<style>p{color:red}</style>text",
			"<span style=\"background:url(javascript:alert(1))\">text</span>",
			"<svg onload=alert(1)><use href=\"#x\"/></svg>text",
			"<math><mi xlink:href=\"javascript:alert(1)\">text</mi></math>", "<p onmouseover=\"alert(1)\">text</p>",
			"<a href=\"  JaVaScRiPt:alert(1)\">text</a>", "<base href=\"javascript:/\">text",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:x\">text" })
	void leavesNothingExecutable(String dirty) {
		String html = this.renderer.render(List.of(new Block(BlockKind.PARAGRAPH, "text", dirty)),
				"https://example.com/");
		assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "onerror", "onload", "onclick",
				"onmouseover", "javascript:", "vbscript:", "data:", "<iframe", "<object", "<embed", "<form", "<input",
				"<style", "style=", "<svg", "<math", "<base", "<meta");
		assertThat(html).contains("text");
	}

	@Test
	void preformattedBlocksKeepTheirTextEscaped() {
		String html = this.renderer.render(List.of(new Block(BlockKind.PREFORMATTED, "if (a < b) { x(); }", "ignored")),
				"https://example.com/");
		assertThat(html).isEqualTo("<pre>if (a &lt; b) { x(); }</pre>");
	}

}
