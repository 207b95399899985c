package com.example.articles.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import com.example.articles.url.LinkResolver;

/**
 * Everything the metadata reader needs from the page's elements, gathered in one walk
 * over the document instead of a dozen selector queries: meta tags, JSON-LD scripts,
 * canonical link, headline candidates, author and date markup.
 */
final class PageFacts {

	/**
	 * name/property/itemprop/http-equiv of every meta tag (lower-cased) to its first
	 * content.
	 */
	final Map<String, String> meta = new HashMap<>();

	final List<String> jsonLdScripts = new ArrayList<>(2);

	@Nullable String canonical;

	@Nullable Element firstH1;

	@Nullable Element articleH1;

	@Nullable Element headline;

	final List<Element> authorElements = new ArrayList<>(2);

	@Nullable Element byline;

	@Nullable Element datePublished;

	@Nullable Element dateModified;

	@Nullable Element firstTime;

	@Nullable Element pubdateTime;

	/**
	 * The first short element with a date-like class ("publish-date"), for a printed
	 * dateline.
	 */
	@Nullable Element dateline;

	PageFacts() {
	}

	static PageFacts of(Document doc) {
		PageFacts facts = new PageFacts();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof Element element) {
				facts.visit(element);
			}
		}, doc);
		return facts;
	}

	/** Takes in one element; called for every element of the page in document order. */
	void visit(Element element) {
		String tag = element.normalName();
		// the parser lower-cases attribute names, so the exact-case lookup finds what
		// attr() would, without comparing every name ignoring case
		@Nullable Attributes attributes = element.attributesSize() == 0 ? null : element.attributes();
		switch (tag) {
			case "meta" -> meta(element);
			case "script" -> {
				if (Texts.lower(element.attr("type")).contains("ld+json")) {
					this.jsonLdScripts.add(element.data());
				}
			}
			case "link" -> {
				if (this.canonical == null && Texts.lower(element.attr("rel")).strip().equals("canonical")) {
					// what element.absUrl("href") gives, without jsoup's slow resolve
					String url = element.hasAttr("href") ? LinkResolver.resolve(element.baseUri(), element.attr("href"))
							: "";
					if (url.startsWith("http")) {
						this.canonical = url;
					}
				}
			}
			case "h1" -> {
				if (this.firstH1 == null) {
					this.firstH1 = element;
				}
				if (this.articleH1 == null && insideArticle(element)) {
					this.articleH1 = element;
				}
			}
			case "time" -> {
				if (element.hasAttr("datetime")) {
					if (this.firstTime == null) {
						this.firstTime = element;
					}
					if (this.pubdateTime == null && element.hasAttr("pubdate")) {
						this.pubdateTime = element;
					}
				}
			}
			case "a" -> {
				if (attributes != null && Texts.lower(attributes.get("rel")).contains("author")
						&& this.authorElements.size() < 6) {
					this.authorElements.add(element);
				}
			}
			default -> {
			}
		}
		if (attributes == null) {
			return;
		}
		String itemprop = attributes.get("itemprop");
		if (!itemprop.isEmpty()) {
			switch (itemprop.strip()) {
				case "headline" -> {
					if (this.headline == null && !tag.equals("meta")) {
						this.headline = element;
					}
				}
				case "author" -> {
					if (this.authorElements.size() < 6) {
						this.authorElements.add(element);
					}
				}
				case "datePublished" -> {
					if (this.datePublished == null) {
						this.datePublished = element;
					}
				}
				case "dateModified" -> {
					if (this.dateModified == null) {
						this.dateModified = element;
					}
				}
				default -> {
				}
			}
		}
		if (this.dateline != null && this.byline != null) {
			return;
		}
		String classes = attributes.get("class");
		if (classes.isEmpty()) {
			return;
		}
		// lower-cased once for both checks (toLowerCase returns the string itself when it
		// has no capitals, and contains is an intrinsic)
		String lower = classes.toLowerCase(Locale.ROOT);
		if (this.dateline == null && !element.nameIs("time") && (lower.contains("publish") || lower.contains("date"))
				&& fewerElementChildrenThan(element, 4)) {
			this.dateline = element;
		}
		if (this.byline == null && (lower.contains("byline") || lower.contains("author-name")
				|| lower.contains("author__name") || lower.contains("article-author"))) {
			this.byline = element;
		}
	}

	private void meta(Element element) {
		String content = element.attr("content");
		if (content.isBlank()) {
			return;
		}
		for (String attribute : new String[] { "property", "name", "itemprop", "http-equiv" }) {
			String key = element.attr(attribute);
			if (!key.isEmpty()) {
				this.meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content.strip());
			}
		}
	}

	/**
	 * {@code element.childrenSize() < limit}, counting only up to the limit and without
	 * the list of child elements that childrenSize() makes (and keeps on the element).
	 */
	static boolean fewerElementChildrenThan(Element element, int limit) {
		int count = 0;
		int size = element.childNodeSize();
		for (int i = 0; i < size; i++) {
			if (element.childNode(i) instanceof Element && ++count >= limit) {
				return false;
			}
		}
		return true;
	}

	private static boolean insideArticle(Element element) {
		for (Element e = element.parent(); e != null; e = e.parent()) {
			if (e.nameIs("article") || e.nameIs("main")) {
				return true;
			}
		}
		return false;
	}

}
