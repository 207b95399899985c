package com.example.articles.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * Reads what a page says about its article: JSON-LD first (it is the most deliberate),
 * then Open Graph and other meta tags, then the visible page (h1, time, byline).
 */
final class MetadataExtractor {

	private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:·»/\\\\-]{1,2}\\s+");

	private static final Pattern BY_PREFIX = Pattern.compile(
			"^(?:(?:written|posted|published|reported|story|text|words|photos?)\\s+)?(?:by|von|par|por|door|di|przez"
					+ "|av|af|autor(?:in)?|author|auteur|text|tekst)\\s*[:：]?\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern AUTHOR_SPLIT = Pattern.compile(
			"\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\bi\\b" + "|\\by\\b|\\bmit\\b)\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern BYLINE_CUT = Pattern.compile(
			"\\s*(?:[|•·–—]|\\s-\\s|\\bupdated\\b|\\bpublished\\b"
					+ "|\\bon\\s+\\w+\\s+\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}).*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	private MetadataExtractor() {
	}

	static ArticleMetadata extract(Document doc, PageFacts facts, JsonLd jsonLd) {
		Map<String, String> meta = facts.meta;
		JsonNode article = jsonLd.article();
		JsonNode page = jsonLd.webPage();
		String siteName = first(meta.get("og:site_name"), article != null ? publisherName(jsonLd, article) : null,
				meta.get("application-name"));
		String h1 = firstH1(facts);
		String title = title(doc, meta, article, siteName, h1);
		List<String> authors = authors(facts, meta, jsonLd, article);
		Instant published = firstDate(article != null ? JsonLd.string(article.get("datePublished")) : null,
				meta.get("article:published_time"), meta.get("og:published_time"), meta.get("datepublished"),
				meta.get("pubdate"), meta.get("publishdate"), meta.get("publish-date"), meta.get("publish_date"),
				meta.get("parsely-pub-date"), meta.get("sailthru.date"), meta.get("dc.date.issued"),
				meta.get("dcterms.issued"), meta.get("dc.date"), meta.get("dcterms.created"), meta.get("date"),
				meta.get("article.published"), meta.get("citation_publication_date"),
				article != null ? JsonLd.string(article.get("dateCreated")) : null,
				page != null ? JsonLd.string(page.get("datePublished")) : null, timeValue(facts.datePublished),
				timeValue(facts.pubdateTime), timeValue(facts.firstTime));
		Instant modified = firstDate(article != null ? JsonLd.string(article.get("dateModified")) : null,
				meta.get("article:modified_time"), meta.get("og:updated_time"), meta.get("datemodified"),
				meta.get("dcterms.modified"), meta.get("dc.date.modified"), meta.get("last-modified"),
				page != null ? JsonLd.string(page.get("dateModified")) : null, timeValue(facts.dateModified));
		String language = language(doc, meta, article);
		String description = first(meta.get("description"), meta.get("og:description"), meta.get("twitter:description"),
				article != null ? JsonLd.string(article.get("description")) : null);
		String canonical = canonical(facts, meta);
		return new ArticleMetadata(title, authors, published, modified, language, description, canonical, siteName);
	}

	private static @Nullable String title(Document doc, Map<String, String> meta, @Nullable JsonNode article,
			@Nullable String siteName, @Nullable String h1) {
		String declared = first(article != null ? JsonLd.string(article.get("headline")) : null, meta.get("og:title"),
				meta.get("twitter:title"));
		if (declared != null) {
			String stripped = stripSiteName(declared, siteName, h1);
			if (h1 != null && !Texts.key(h1).isEmpty() && Texts.key(stripped).startsWith(Texts.key(h1))
					&& Texts.key(h1).length() * 2 > Texts.key(stripped).length()) {
				return h1;
			}
			return stripped;
		}
		String pageTitle = Texts.blankToNull(doc.title());
		if (pageTitle == null) {
			return h1;
		}
		String stripped = stripSiteName(pageTitle, siteName, h1);
		if (h1 != null && Texts.key(stripped).contains(Texts.key(h1)) && !Texts.key(h1).isEmpty()) {
			return h1;
		}
		return stripped;
	}

	/** "Headline | Site" -> "Headline" (and "Site: Headline" -> "Headline"). */
	static String stripSiteName(String title, @Nullable String siteName, @Nullable String h1) {
		String[] parts = TITLE_SEPARATOR.split(title);
		if (parts.length < 2) {
			return title;
		}
		String siteKey = Texts.key(siteName);
		String h1Key = Texts.key(h1);
		for (String part : parts) {
			if (!h1Key.isEmpty() && Texts.key(part).equals(h1Key)) {
				return part.strip();
			}
		}
		String last = parts[parts.length - 1];
		String firstPart = parts[0];
		if (!siteKey.isEmpty()) {
			if (Texts.key(last).equals(siteKey) || siteKey.contains(Texts.key(last))) {
				return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|–—:·»/\\\\-]+$", "").strip();
			}
			if (Texts.key(firstPart).equals(siteKey)) {
				return title.substring(firstPart.length()).replaceAll("^[\\s|–—:·»/\\\\-]+", "").strip();
			}
		}
		// a short last part after a pipe-like separator is a site name
		if (words(last) <= 4 && words(title) - words(last) >= 4 && !title.contains(": ")) {
			return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|–—:·»/\\\\-]+$", "").strip();
		}
		return title;
	}

	private static int words(String text) {
		String collapsed = Texts.collapse(text);
		return collapsed.isEmpty() ? 0 : collapsed.split(" ").length;
	}

	private static @Nullable String firstH1(PageFacts facts) {
		Element h1 = facts.articleH1 != null ? facts.articleH1 : facts.headline;
		if (h1 == null) {
			h1 = facts.firstH1;
		}
		return h1 != null ? Texts.blankToNull(h1.text()) : null;
	}

	private static List<String> authors(PageFacts facts, Map<String, String> meta, JsonLd jsonLd,
			@Nullable JsonNode article) {
		List<String> raw = new ArrayList<>();
		if (article != null) {
			raw.addAll(jsonLd.names(article.get("author")));
			if (raw.isEmpty()) {
				raw.addAll(jsonLd.names(article.get("creator")));
			}
		}
		if (raw.isEmpty()) {
			for (String key : new String[] { "author", "article:author", "parsely-author", "sailthru.author",
					"dc.creator", "dcterms.creator", "byl" }) {
				String value = meta.get(key);
				if (value != null && !value.startsWith("http") && !value.contains("/")) {
					raw.add(value);
					break;
				}
			}
		}
		if (raw.isEmpty()) {
			for (Element element : facts.authorElements) {
				Element name = element.selectFirst("[itemprop=name]");
				String text = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
						: (element.hasAttr("content") ? element.attr("content") : element.text());
				raw.add(text);
				if (raw.size() > 5) {
					break;
				}
			}
		}
		if (raw.isEmpty()) {
			Element byline = facts.byline;
			if (byline != null && byline.textNodes().size() + byline.childrenSize() < 40) {
				raw.add(byline.text());
			}
		}
		Map<String, String> cleaned = new LinkedHashMap<>();
		for (String value : raw) {
			for (String name : cleanAuthor(value)) {
				cleaned.putIfAbsent(Texts.key(name), name);
			}
		}
		return new ArrayList<>(cleaned.values());
	}

	/** "By Jane Doe and John Roe | Updated 3 May" -> [Jane Doe, John Roe]. */
	static List<String> cleanAuthor(String raw) {
		String text = Texts.collapse(raw);
		text = BY_PREFIX.matcher(text).replaceFirst("");
		text = BYLINE_CUT.matcher(text).replaceFirst("");
		List<String> names = new ArrayList<>();
		for (String part : AUTHOR_SPLIT.split(text)) {
			String name = BY_PREFIX.matcher(part.strip()).replaceFirst("").strip();
			if (name.length() < 2 || name.length() > 80 || name.startsWith("http") || name.contains("@")
					|| name.split(" ").length > 6 || Texts.key(name).isEmpty()) {
				continue;
			}
			names.add(name);
		}
		return names;
	}

	private static @Nullable String publisherName(JsonLd jsonLd, JsonNode article) {
		JsonNode publisher = article.get("publisher");
		if (publisher == null) {
			return null;
		}
		List<String> names = jsonLd.names(publisher);
		return names.isEmpty() ? null : names.get(0);
	}

	private static @Nullable String timeValue(@Nullable Element element) {
		if (element == null) {
			return null;
		}
		String value = element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content");
		return value.isBlank() ? null : value;
	}

	private static @Nullable String language(Document doc, Map<String, String> meta, @Nullable JsonNode article) {
		Element html = doc.firstElementChild();
		String declared = first(html != null ? html.attr("lang") : null, html != null ? html.attr("xml:lang") : null,
				meta.get("content-language"), meta.get("og:locale"), meta.get("language"), meta.get("dc.language"),
				article != null ? JsonLd.string(article.get("inLanguage")) : null);
		if (declared != null) {
			String normalized = Languages.normalize(declared);
			if (normalized != null) {
				return normalized;
			}
		}
		for (String candidate : new String[] { meta.get("content-language"), meta.get("og:locale"),
				article != null ? JsonLd.string(article.get("inLanguage")) : null }) {
			String normalized = Languages.normalize(candidate);
			if (normalized != null) {
				return normalized;
			}
		}
		return null;
	}

	private static @Nullable String canonical(PageFacts facts, Map<String, String> meta) {
		if (facts.canonical != null) {
			return facts.canonical;
		}
		String og = meta.get("og:url");
		if (og != null && og.startsWith("http")) {
			return og;
		}
		return null;
	}

	private static @Nullable Instant firstDate(@Nullable String... candidates) {
		for (String candidate : candidates) {
			Instant instant = Dates.parse(candidate);
			if (instant != null) {
				return instant;
			}
		}
		return null;
	}

	private static @Nullable String first(@Nullable String... candidates) {
		for (String candidate : candidates) {
			String value = Texts.blankToNull(candidate);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
