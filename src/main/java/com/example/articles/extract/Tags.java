package com.example.articles.extract;

import java.util.Set;

/** HTML tag groups the extraction steps reason about. */
final class Tags {

	/** Elements that start a new block of text (the rest flow inline). */
	static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
			"details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
			"h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
			"section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "summary", "noscript",
			"video", "audio", "picture", "iframe", "html");

	/**
	 * Never text of an article; skipped without a trace. Ruby annotations ({@code rt},
	 * {@code rp}: the reading printed above Japanese or Chinese characters) are not part
	 * of the sentence they annotate.
	 */
	static final Set<String> NON_CONTENT = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
			"object", "embed", "button", "input", "select", "textarea", "option", "link", "meta", "map", "area",
			"video", "audio", "source", "track", "head", "title", "math", "dialog", "rt", "rp");

	static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private Tags() {
	}

	static boolean isBlock(String tag) {
		return BLOCK.contains(tag);
	}

}
