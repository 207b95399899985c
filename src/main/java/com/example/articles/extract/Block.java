package com.example.articles.extract;

/**
 * One body block in reading order. {@code text} is its plain text with whitespace
 * collapsed; {@code html} its inner HTML (inline markup such as links and emphasis),
 * unsanitized: the body renderer cleans it.
 */
public record Block(BlockKind kind, String text, String html) {

	public static Block paragraph(String text) {
		return new Block(BlockKind.PARAGRAPH, text, org.jsoup.nodes.Entities.escape(text));
	}

}
