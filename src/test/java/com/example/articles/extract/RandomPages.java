package com.example.articles.extract;

import java.util.Random;

/**
 * Random HTML pages for differential tests: nested block and inline elements with class
 * names that the chrome rules react to, every kind of whitespace, invisible characters,
 * links, images, hidden and non-content elements.
 */
final class RandomPages {

	private static final String[] BLOCKS = { "div", "p", "section", "article", "aside", "nav", "footer", "header", "ul",
			"ol", "li", "table", "tr", "td", "th", "figure", "figcaption", "blockquote", "h1", "h2", "h3", "pre",
			"main", "form", "dl", "dd", "noscript", "details" };

	private static final String[] INLINES = { "span", "a", "em", "strong", "b", "i", "small", "label", "time", "font",
			"sup", "custom-tag" };

	private static final String[] LEAVES = { "img", "br", "hr", "script", "style", "button", "input", "svg", "iframe",
			"video", "template" };

	private static final String[] CLASSES = { "", "", "", "", "content", "article-body", "post", "share-bar",
			"related-posts", "sidebar", "caption", "wp-caption-text", "photo-credit", "meta", "infobox", "list",
			"header", "menu", "nav", "comments", "has-sidebar", "TestReport__Section--Ads", "commentary", "entry",
			"byline", "footer", "ad", "btn icon", "story text", "image-desc", "teaser", "x y z" };

	private static final String[] WORDS = { "alpha", "beta", "Gamma", "delta", "Grüße", "ÉTÉ", "Ωμέγα", "日本語",
			"Read more", "Advertisement", "Photo: Jane Doe", "(Getty Images)", "Related", "Share", "42",
			"invis\u200Bible", "no\u00A0break", "tab\tbed", "line\nbreak", "wide\u3000space", "x\uFEFF", "a  b",
			"Donau\u00ADdampf", "\u0001ctl" };

	private static final String[] SPACES = { " ", " ", " ", "", "\n", "  ", "\n    ", "\t", "\u00A0", "\u2009",
			" \u200B " };

	private RandomPages() {
	}

	static String page(Random random) {
		StringBuilder html = new StringBuilder("<html><head><title>T</title></head><body>");
		int count = 1 + random.nextInt(6);
		for (int i = 0; i < count; i++) {
			element(html, random, 0);
		}
		return html.append("</body></html>").toString();
	}

	private static void element(StringBuilder html, Random random, int depth) {
		int kind = random.nextInt(10);
		if (depth > 7 || kind < 3) {
			text(html, random);
			return;
		}
		if (kind == 3) {
			String leaf = pick(random, LEAVES);
			html.append('<').append(leaf).append(attributes(random));
			if (leaf.equals("img")) {
				html.append(" src=\"/i")
					.append(random.nextInt(5))
					.append(".jpg\" alt=\"")
					.append(pick(random, WORDS))
					.append('"');
			}
			html.append('>');
			if (!leaf.equals("img") && !leaf.equals("br") && !leaf.equals("hr") && !leaf.equals("input")) {
				text(html, random);
				html.append("</").append(leaf).append('>');
			}
			return;
		}
		String tag = kind < 7 ? pick(random, BLOCKS) : pick(random, INLINES);
		html.append('<').append(tag).append(attributes(random));
		if (tag.equals("a")) {
			html.append(" href=\"/l").append(random.nextInt(9)).append('"');
		}
		html.append('>');
		int children = random.nextInt(5);
		for (int i = 0; i < children; i++) {
			element(html, random, depth + 1);
		}
		html.append("</").append(tag).append('>');
	}

	private static String attributes(Random random) {
		StringBuilder attributes = new StringBuilder();
		String names = pick(random, CLASSES);
		if (!names.isEmpty()) {
			attributes.append(" class=\"").append(names).append('"');
		}
		int extra = random.nextInt(20);
		if (extra == 0) {
			attributes.append(" hidden");
		}
		else if (extra == 1) {
			attributes.append(" style=\"display: none\"");
		}
		else if (extra == 2) {
			attributes.append(" itemprop=\"articleBody\"");
		}
		else if (extra == 3) {
			attributes.append(" role=\"navigation\"");
		}
		else if (extra == 4) {
			attributes.append(" id=\"main-").append(random.nextInt(3)).append('"');
		}
		return attributes.toString();
	}

	private static void text(StringBuilder html, Random random) {
		int words = random.nextInt(random.nextInt(4) == 0 ? 60 : 6);
		html.append(pick(random, SPACES));
		for (int i = 0; i < words; i++) {
			html.append(pick(random, WORDS)).append(pick(random, SPACES));
		}
	}

	private static String pick(Random random, String[] options) {
		return options[random.nextInt(options.length)];
	}

}
