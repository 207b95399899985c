package com.example.articles.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import tools.jackson.databind.JsonNode;

/**
 * Reads what a page says about its article: JSON-LD first (it is the most deliberate),
 * then Open Graph and other meta tags, then the visible page (h1, time, byline).
 */
final class MetadataExtractor {

	private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:·»/\\\\-]{1,2}\\s+");

	// BylineScan.mayStartWithByPrefix must let through every text this matches: change
	// the two together
	static final Pattern BY_PREFIX = Pattern.compile(
			"^(?:(?:written|posted|published|reported|story|text|words|photos?|interview|artikel|beitrag|article|ein(?:e)?\\s+\\w+)\\s+)?(?:by|von|par|por|door|di|przez"
					+ "|av|af|autor(?:in)?|author|auteur|text|tekst|interview)\\s*[:：]?\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// "and" in any case (bylines printed in capitals); the one-letter conjunctions only
	// in
	// lower case, so that a middle initial ("Bruce Y. Lee") is not a separator
	// BylineScan.maySplitAuthors must let through every text this matches: change the two
	// together
	static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\b(?i:and|und|et|mit)\\b|\\s(?:i|y)\\s)\\s*",
			Pattern.UNICODE_CASE);

	private static final Pattern TRAILING_PREPOSITION = Pattern.compile("\\s+(?:on|at|am|le|el)$");

	// BylineScan.mayNameJob must let through every text this matches: change the two
	// together
	static final Pattern JOB_TITLE = Pattern.compile(
			"\\b(?:writer|editor|correspondent|reporter|columnist|contributor|producer|journalist|staff writer"
					+ "|(?:chef)?redakteur(?:in)?|rédact(?:eur|rice)|redactor(?:a)?|periodista|giornalista)s?\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DOMAIN = Pattern.compile("\\.(?:com|org|net|co|news|info|tv|uk|de|fr|it)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

	// BylineScan.bylineCutFrom must let through every text this matches: change the two
	// together
	static final Pattern BYLINE_CUT = Pattern
		.compile("\\s*(?:[|•·–—]|\\s-(?:\\s|$)|\\s/+\\s|(?:\\blast\\s+)?\\bupdated\\b|\\bpublished\\b"
				+ "|\\bon\\s+\\w+\\s+\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
				// a dateline printed right after the names
				+ "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "|\\b"
				+ MONTH + "\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}:\\d{2}"
				// reading time and links to the author's page printed after the names
				+ "|\\b\\d+\\s*min(?:ute)?s?\\.?\\s+read\\b|\\bview\\s+(?:more|all)\\b|\\bmore\\s+(?:articles|stories|from|by)\\b"
				+ "|\\bfollow\\b|\\bemail\\b"
				// other roles than the author's: translator, photographer, illustrator,
				// editor
				+ "|\\b(?:translated|photos?|photographs?|illustrations?)\\s+by\\b|\\b[üu]bersetz(?:t|ung)\\b"
				+ "|\\btradu(?:it|ction|cido|cci[oó]n)\\b|\\bt[łl]umacz(?:enie|ył|yła)\\b"
				// "Jane Porter for The Courier": the publication she wrote for
				+ "|\\sfor\\s+\\S).*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	// BylineScan.mayHaveByInside must let through every text this matches: change the two
	// together
	static final Pattern BY_INSIDE = Pattern
		.compile("(?<=\\s)(?<!(?i:translated|photos?|photographs?|illustrations?)\\s)(?i:by)\\s+(?=\\p{Lu})");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:/|–—-]+$");

	private static final Pattern ACCOUNT_JOINER = Pattern.compile("\\p{L}[._]\\p{L}");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	// the expressions of String.replaceAll calls, compiled once

	private static final Pattern TRAILING_TITLE_SEPARATORS = Pattern.compile("[\\s|–—:·»/\\\\-]+$");

	private static final Pattern LEADING_TITLE_SEPARATORS = Pattern.compile("^[\\s|–—:·»/\\\\-]+");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");

	private static final Pattern PART_PIPES_COMMAS = Pattern.compile("^[ |]+|[ |,]+$");

	private static final Pattern PIPES = Pattern.compile("^[ |]+|[ |]+$");

	private static final Pattern TRAILING_NAME_SEPARATORS = Pattern.compile("[\\s,|/–—-]+$");

	/** Parsed once (an attribute test keeps no state: shared between threads). */
	private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

	private MetadataExtractor() {
	}

	static ArticleMetadata extract(Document doc, PageFacts facts, JsonLd jsonLd) {
		Map<String, String> meta = facts.meta;
		JsonNode article = jsonLd.article();
		JsonNode page = jsonLd.webPage();
		String siteName = first(meta.get("og:site_name"), article != null ? publisherName(jsonLd, article) : null,
				meta.get("application-name"));
		HeadingTexts headings = new HeadingTexts();
		String h1 = firstH1(facts, headings);
		// a logo h1 names the site: what to strip from "Headline | Site" when nothing
		// else does
		String logo = h1 == null && facts.firstH1 != null ? Texts.blankToNull(headings.text(facts.firstH1)) : null;
		String title = title(doc, meta, article, siteName != null ? siteName : logo, h1,
				facts.articleH1 != null || facts.headline != null);
		if (title == null && facts.firstH1 != null) {
			// nothing declared: even a logo h1 says more than nothing
			title = Texts.blankToNull(headings.text(facts.firstH1));
		}
		List<String> organizations = new ArrayList<>(4);
		for (String name : new String[] { siteName, meta.get("og:site_name"),
				article != null ? publisherName(jsonLd, article) : null, meta.get("application-name") }) {
			if (name != null) {
				organizations.add(name);
			}
		}
		Element headline = headlineElement(doc, facts, title, headings);
		HeaderArea header = headline != null ? HeaderArea.around(headline) : HeaderArea.empty();
		List<String> authors = authors(facts, meta, jsonLd, article, organizations, header);
		String language = language(doc, meta, article);
		String[] declaredDates = { article != null ? JsonLd.string(article.get("datePublished")) : null,
				meta.get("article:published_time"), meta.get("og:published_time"), meta.get("datepublished"),
				meta.get("pubdate"), meta.get("publishdate"), meta.get("publish-date"), meta.get("publish_date"),
				meta.get("parsely-pub-date"), meta.get("sailthru.date"), meta.get("dc.date.issued"),
				meta.get("dcterms.issued"), meta.get("dc.date"), meta.get("dcterms.created"), meta.get("date"),
				meta.get("article.published"), meta.get("citation_publication_date"),
				article != null ? JsonLd.string(article.get("dateCreated")) : null,
				page != null ? JsonLd.string(page.get("datePublished")) : null, reviewDate(jsonLd),
				timeValue(facts.datePublished), timeValue(facts.pubdateTime), timeValue(facts.firstTime) };
		Instant published = published(declaredDates, printedDate(header, facts), impliedZone(language, title));
		Instant modified = firstDate(article != null ? JsonLd.string(article.get("dateModified")) : null,
				meta.get("article:modified_time"), meta.get("og:updated_time"), meta.get("datemodified"),
				meta.get("dcterms.modified"), meta.get("dc.date.modified"), meta.get("last-modified"),
				page != null ? JsonLd.string(page.get("dateModified")) : null, timeValue(facts.dateModified));
		String description = first(meta.get("description"), meta.get("og:description"), meta.get("twitter:description"),
				article != null ? JsonLd.string(article.get("description")) : null);
		String canonical = canonical(facts, meta);
		return new ArticleMetadata(title, authors, published, modified, language, description, canonical, siteName);
	}

	private static @Nullable String title(Document doc, Map<String, String> meta, @Nullable JsonNode article,
			@Nullable String siteName, @Nullable String h1, boolean h1InArticle) {
		String declared = unescape(first(article != null ? JsonLd.string(article.get("headline")) : null,
				meta.get("og:title"), meta.get("twitter:title")));
		String pageTitle = Texts.blankToNull(doc.title());
		String stripped = declared != null ? stripSiteName(declared, siteName, h1)
				: pageTitle != null ? stripSiteName(pageTitle, siteName, h1) : null;
		if (h1 == null || Texts.key(h1).isEmpty()) {
			return stripped;
		}
		String h1Key = Texts.key(h1);
		if (stripped == null) {
			return h1;
		}
		String strippedKey = Texts.key(stripped);
		if (strippedKey.contains(h1Key) && h1Key.length() * 2 > strippedKey.length()) {
			// the declared title is the headline plus a site name or a kicker
			return h1;
		}
		// the printed headline wins over the one written for search and social
		// cards, unless the h1 is a logo, a site name or a section label
		if (words(h1) >= 3 && !h1Key.equals(Texts.key(siteName)) && (h1InArticle || sharesWords(h1, stripped)
				|| pageTitle != null && Texts.key(pageTitle).contains(h1Key))) {
			return h1;
		}
		return stripped;
	}

	/** At least a third of the words of the shorter text occur in the other. */
	private static boolean sharesWords(String a, String b) {
		Set<String> wordsA = new HashSet<>(List.of(NON_WORD.split(Texts.lower(a))));
		String[] wordsB = NON_WORD.split(Texts.lower(b));
		int common = 0;
		for (String word : wordsB) {
			if (word.length() > 2 && wordsA.contains(word)) {
				common++;
			}
		}
		return common * 3 >= Math.min(wordsA.size(), wordsB.length);
	}

	/** Titles declared in JSON-LD or meta tags are sometimes HTML-escaped twice. */
	private static @Nullable String unescape(@Nullable String text) {
		if (text == null || text.indexOf('&') < 0 || text.indexOf(';') < 0) {
			return text;
		}
		return Parser.unescapeEntities(text, false);
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
				return TRAILING_TITLE_SEPARATORS.matcher(title.substring(0, title.lastIndexOf(last)))
					.replaceAll("")
					.strip();
			}
			if (Texts.key(firstPart).equals(siteKey)) {
				return LEADING_TITLE_SEPARATORS.matcher(title.substring(firstPart.length())).replaceAll("").strip();
			}
		}
		// a short last part after a pipe-like separator is a site name
		if (words(last) <= 4 && words(title) - words(last) >= 4 && !title.contains(": ")) {
			return TRAILING_TITLE_SEPARATORS.matcher(title.substring(0, title.lastIndexOf(last)))
				.replaceAll("")
				.strip();
		}
		return title;
	}

	private static int words(String text) {
		String collapsed = Texts.collapse(text);
		return collapsed.isEmpty() ? 0 : collapsed.split(" ").length;
	}

	/**
	 * The text of the page's h1 candidates (article h1, headline, first h1: often one
	 * element), read once each.
	 */
	private static final class HeadingTexts {

		private final Element[] elements = new Element[3];

		private final String[] texts = new String[3];

		private int size;

		String text(Element element) {
			for (int i = 0; i < this.size; i++) {
				if (this.elements[i] == element) {
					return this.texts[i];
				}
			}
			String text = element.text();
			if (this.size < this.elements.length) {
				this.elements[this.size] = element;
				this.texts[this.size++] = text;
			}
			return text;
		}

	}

	private static @Nullable String firstH1(PageFacts facts, HeadingTexts headings) {
		Element h1 = facts.articleH1 != null ? facts.articleH1 : facts.headline;
		if (h1 == null && facts.firstH1 != null && !isLogo(facts.firstH1)) {
			h1 = facts.firstH1;
		}
		return h1 != null ? Texts.blankToNull(headings.text(h1)) : null;
	}

	/** An h1 that links to the home page: the site's logo, not a headline. */
	private static boolean isLogo(Element h1) {
		for (Element link : h1.getElementsByTag("a")) {
			String href = link.attr("href").strip();
			if (href.equals("/") || href.equals("./") || href.equals("#")) {
				return true;
			}
			String absolute = link.absUrl("href");
			int scheme = absolute.indexOf("://");
			if (scheme > 0) {
				int path = absolute.indexOf('/', scheme + 3);
				if (path < 0 || path == absolute.length() - 1) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> authors(PageFacts facts, Map<String, String> meta, JsonLd jsonLd,
			@Nullable JsonNode article, List<String> publishers, HeaderArea header) {
		Organizations organizations = new Organizations(publishers);
		// sources in order of deliberateness; the first that names a person wins
		List<List<String>> sources = new ArrayList<>(4);
		if (article != null) {
			List<String> names = jsonLd.personNames(article.get("author"));
			sources.add(names.isEmpty() ? jsonLd.personNames(article.get("creator")) : names);
		}
		for (String key : new String[] { "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
				"dcterms.creator", "byl" }) {
			String value = meta.get(key);
			if (value != null && !value.startsWith("http") && !value.contains("/")) {
				sources.add(List.of(value));
				break;
			}
		}
		List<String> marked = new ArrayList<>();
		for (Element element : facts.authorElements) {
			Element name = element.selectFirst(ITEMPROP_NAME);
			String text = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
					: (element.hasAttr("content") ? element.attr("content") : bylineText(element));
			marked.add(text);
		}
		sources.add(marked);
		// the byline printed near the headline: the first candidate there that names
		// people
		List<String> fromHeader = List.of();
		for (Element candidate : header.bylines) {
			List<String> names = new ArrayList<>(cleanNames(List.of(bylineText(candidate)), organizations));
			names.removeIf(name -> !isPlausibleName(name));
			if (!names.isEmpty()) {
				fromHeader = names;
				break;
			}
		}
		// else the first element marked as a byline anywhere
		List<String> printed = new ArrayList<>();
		Element byline = facts.byline;
		if (fromHeader.isEmpty() && byline != null && byline.textNodes().size() + byline.childrenSize() < 40) {
			printed.add(bylineText(byline));
		}
		List<String> chosen = List.of();
		for (List<String> source : sources) {
			List<String> names = cleanNames(source, organizations);
			if (!names.isEmpty()) {
				chosen = names;
				break;
			}
		}
		// the printed byline names more people than the markup: the markup kept only the
		// first
		List<String> fromByline = fromHeader.isEmpty() ? cleanNames(printed, organizations) : fromHeader;
		if (chosen.isEmpty() || fromByline.size() > chosen.size() && keys(fromByline).containsAll(keys(chosen))) {
			return fromByline;
		}
		// the byline readers see under the headline names other people than the markup
		// (which often names the account that posted the story): the printed one wins
		if (!fromHeader.isEmpty() && allFullNames(fromHeader) && Collections.disjoint(keys(fromHeader), keys(chosen))) {
			return fromHeader;
		}
		return chosen;
	}

	/**
	 * The element that prints the headline: the h1 when it is the title, else the element
	 * whose own text is the title (a headline set in an h2 or a styled block under a logo
	 * h1). The fallback walks the body's text nodes, so it only runs on pages whose h1 is
	 * not the headline.
	 */
	private static @Nullable Element headlineElement(Document doc, PageFacts facts, @Nullable String title,
			HeadingTexts headings) {
		String key = Texts.key(title);
		if (key.isEmpty()) {
			return null;
		}
		for (Element h1 : new Element[] { facts.articleH1, facts.headline, facts.firstH1 }) {
			if (h1 != null && sameHeadline(Texts.key(headings.text(h1)), key)) {
				return h1;
			}
		}
		Element body = doc.body();
		if (body == null || title == null) {
			return null;
		}
		int length = title.length();
		Element[] found = new Element[1];
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element && (element.nameIs("script") || element.nameIs("style"))) {
					return FilterResult.SKIP_ENTIRELY;
				}
				if (node instanceof TextNode text) {
					String raw = text.getWholeText();
					if (raw.length() >= length * 3 / 4 && raw.length() <= length * 2 && !text.isBlank()
							&& Texts.key(raw).equals(key) && node.parent() instanceof Element parent) {
						found[0] = parent;
						return FilterResult.STOP;
					}
				}
				return FilterResult.CONTINUE;
			}
		}, body);
		return found[0];
	}

	private static boolean sameHeadline(String h1Key, String titleKey) {
		if (h1Key.isEmpty()) {
			return false;
		}
		return h1Key.equals(titleKey) || (titleKey.contains(h1Key) || h1Key.contains(titleKey))
				&& Math.min(h1Key.length(), titleKey.length()) * 2 > Math.max(h1Key.length(), titleKey.length());
	}

	/**
	 * The date of a fact check's ClaimReview: the review is the article, and its
	 * datePublished is the publication (the pages' Article markup, if any, often lacks
	 * it).
	 */
	private static @Nullable String reviewDate(JsonLd jsonLd) {
		JsonNode review = jsonLd.ofType("claimreview");
		return review != null ? JsonLd.string(review.get("datePublished")) : null;
	}

	/**
	 * The first date printed around the headline; else in the first element marked as a
	 * date, or in the byline element (many print "Nov 19, 2019 by Ann Lee").
	 */
	private static @Nullable PrintedDate printedDate(HeaderArea header, PageFacts facts) {
		for (String line : header.lines) {
			PrintedDate printed = Dates.parsePrinted(line);
			if (printed != null) {
				return printed;
			}
		}
		for (Element element : new Element[] { facts.dateline, facts.byline }) {
			if (element != null) {
				String text = HeaderArea.boundedText(element);
				PrintedDate printed = text != null ? Dates.parsePrinted(text) : null;
				if (printed != null) {
					return printed;
				}
			}
		}
		return null;
	}

	/**
	 * The publication: the declared date, unless the page prints a dateline with a zone
	 * that tells another instant. Declared dates are wrong in known ways (local time
	 * labelled UTC, the wrong offset, the last re-publication), while the printed line is
	 * what the newsroom shows readers; then a declared date that agrees with the printed
	 * one (to the minute) is kept for its seconds, else the printed one is taken. With
	 * nothing declared, the printed date is read in the zone the page implies.
	 */
	private static @Nullable Instant published(@Nullable String[] declared, @Nullable PrintedDate printed,
			ZoneId assumed) {
		Instant chosen = firstDate(declared);
		if (printed == null) {
			return chosen;
		}
		if (chosen == null) {
			return printed.toInstant(assumed);
		}
		if (!printed.isInstant()) {
			return chosen;
		}
		Instant shown = printed.toInstant(assumed);
		long apart = Math.abs(Duration.between(shown, chosen).toSeconds());
		if (apart < 60) {
			return chosen;
		}
		for (String candidate : declared) {
			Instant instant = Dates.parse(candidate);
			if (instant != null && Math.abs(Duration.between(shown, instant).toSeconds()) < 60) {
				return instant;
			}
		}
		// one hour apart: pages print the standard-time name all year ("EST" in June,
		// "GMT" for British summer time), so the markup is right; a day or more apart:
		// the
		// printed date is another event (an update, a related story)
		if (Math.abs(apart - 3600) < 60 || apart >= MAX_ZONE_ERROR) {
			return chosen;
		}
		return shown;
	}

	/**
	 * The zone of a time printed without one: the zone of the country when the page's
	 * language is spoken in a single-zone country (Korean, Japanese), else UTC.
	 */
	private static ZoneId impliedZone(@Nullable String language, @Nullable String title) {
		String primary = language != null ? Texts.lower(language) : "";
		if (primary.startsWith("ko") || primary.startsWith("ja")
				|| language == null && title != null && koreanOrJapanese(title)) {
			return KST_JST;
		}
		return ZoneOffset.UTC;
	}

	private static boolean koreanOrJapanese(String text) {
		for (int i = 0; i < text.length(); i++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
			if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA) {
				return true;
			}
		}
		return false;
	}

	/** Markup and printed line this far apart are no zone mistake. */
	private static final long MAX_ZONE_ERROR = 18 * 3600;

	private static final ZoneOffset KST_JST = ZoneOffset.ofHours(9);

	private static final Set<String> NOT_NAME_WORDS = Set.of("bio", "posted", "published", "updated", "update", "stand",
			"name", "required", "news", "archive", "archiv", "about", "über", "more", "comments", "comment", "share",
			"follow", "read", "actualizado", "publicado", "veröffentlicht", "von", "by", "article", "redaktion", "home",
			"menu", "login", "search", "photo", "foto", "image", "video");

	/**
	 * Names as bylines print them: up to six words, each capitalized (or a particle such
	 * as "von", "de", "bin"), no digits, no label or navigation word. Scripts without
	 * case (Hangul, Han, Arabic...) pass when short.
	 */
	static boolean isPlausibleName(String name) {
		String[] words = name.split(" ");
		if (words.length > 6 || name.indexOf('\uFFFD') >= 0) {
			return false;
		}
		for (String word : words) {
			String lower = lettersOnly(Texts.lower(word));
			if (lower.isEmpty() || NOT_NAME_WORDS.contains(lower) && words.length <= 2) {
				return false;
			}
			char first = word.charAt(0);
			if (hasDigit(word)) {
				return false;
			}
			if (Character.isLetter(first) && Character.isLowerCase(first) && !PARTICLES.contains(lower)) {
				return false;
			}
		}
		return true;
	}

	/** The text without its chars that are not letters ([^\\p{L}] removed). */
	static String lettersOnly(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 'a' || c > 'z') && (c < 'A' || c > 'Z')) {
				// other than ASCII letters: the expression reads code points
				return NOT_A_LETTER.matcher(text).replaceAll("");
			}
		}
		return text;
	}

	private static boolean hasDigit(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isDigit(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> PARTICLES = Set.of("von", "van", "de", "da", "del", "della", "der", "den", "di",
			"du", "la", "le", "bin", "al", "el", "ter", "ten", "y", "e", "dos", "das", "zu");

	/** Every name has two words or more, in name case ("Ann Lee", "HNN Staff"). */
	private static boolean allFullNames(List<String> names) {
		for (String name : names) {
			if (name.indexOf(' ') < 0 || !Character.isUpperCase(name.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	private static Set<String> keys(List<String> names) {
		Set<String> keys = new HashSet<>();
		for (String name : names) {
			keys.add(Texts.key(name));
		}
		return keys;
	}

	private static List<String> cleanNames(List<String> raw, Organizations organizations) {
		Map<String, String> cleaned = new LinkedHashMap<>();
		for (String value : raw) {
			for (String name : cleanAuthor(value, organizations)) {
				cleaned.putIfAbsent(Texts.key(name), name);
			}
		}
		return new ArrayList<>(cleaned.values());
	}

	/**
	 * The text of a byline element: the elements in it that are marked as the names
	 * ("author-name", "byline__name"), or else the innermost element marked as the
	 * byline, read with its block children kept apart ("By Ann Lee" | "Associated Press")
	 * and neighbouring elements apart ("Ann Lee" "View more articles"), without hidden
	 * elements; so that a publication line, a reading time or a duplicate hidden link is
	 * not read as part of the last name.
	 */
	static String bylineText(Element element) {
		List<String> names = new ArrayList<>(2);
		for (Element descendant : element.getElementsByAttribute("class")) {
			if (descendant != element && isMarked(descendant, "name") && !isHidden(descendant)) {
				String text = descendant.text().strip();
				if (!text.isEmpty() && (names.isEmpty() || !names.get(names.size() - 1).contains(text))) {
					names.add(text);
				}
			}
		}
		if (!names.isEmpty()) {
			return String.join(", ", names);
		}
		// the byline element often wraps the one that is marked as the names (or one per
		// author) next to a reading time, a share bar or an author card
		Element innermost = element;
		for (int depth = 0; depth < 4; depth++) {
			List<Element> marked = new ArrayList<>(3);
			for (Element descendant : innermost.getElementsByAttribute("class")) {
				if (descendant != innermost && (isMarked(descendant, "byline") || isMarked(descendant, "author"))
						&& !isHidden(descendant)) {
					String text = descendant.text();
					if (!text.isBlank() && !isByLabel(text.strip() + " ")
							&& (marked.isEmpty() || !isInside(descendant, marked.get(marked.size() - 1)))) {
						marked.add(descendant);
					}
				}
			}
			if (marked.size() > 1) {
				List<String> parts = new ArrayList<>(marked.size());
				for (Element part : marked) {
					StringBuilder text = new StringBuilder();
					appendText(part, text);
					parts.add(PART_PIPES_COMMAS.matcher(Texts.collapse(text.toString())).replaceAll(""));
				}
				return String.join(", ", parts);
			}
			if (marked.isEmpty()) {
				break;
			}
			innermost = marked.get(0);
		}
		StringBuilder text = new StringBuilder();
		appendText(innermost, text);
		return PIPES.matcher(Texts.collapse(text.toString())).replaceAll("");
	}

	/** "By", "Von:", "Written by": a label in front of the names, all of the text. */
	private static boolean isByLabel(String text) {
		return BylineScan.mayStartWithByPrefix(text) && BY_PREFIX.matcher(text).matches();
	}

	private static boolean isInside(Element element, Element ancestor) {
		for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
			if (parent == ancestor) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMarked(Element element, String word) {
		String classes = Texts.lower(element.className());
		return classes.contains(word) && !classes.contains("avatar") && !classes.contains("image")
				&& !classes.contains("photo") && !classes.contains("bio") && !classes.contains("role")
				&& !classes.contains("title");
	}

	private static boolean isHidden(Element element) {
		String style = element.attr("style");
		return element.hasAttr("hidden")
				|| !style.isEmpty() && Texts.lower(style).replace(" ", "").contains("display:none");
	}

	private static void appendText(Element element, StringBuilder text) {
		for (Node node : element.childNodes()) {
			if (node instanceof TextNode textNode) {
				text.append(textNode.text());
			}
			else if (node instanceof Element child && !isHidden(child) && !child.nameIs("script")
					&& !child.nameIs("style") && !child.nameIs("svg")) {
				boolean block = child.isBlock() && !child.nameIs("span") && !child.nameIs("a");
				text.append(block ? " | " : " ");
				appendText(child, text);
				text.append(block ? " | " : " ");
			}
		}
	}

	static List<String> cleanAuthor(String raw) {
		return cleanAuthor(raw, List.of());
	}

	/**
	 * "By JANE DOE and John Roe, Metro Times | Updated 3 May" -> [Jane Doe, John Roe]: no
	 * prefix, no dateline, no publication (one of {@code organizations}), no job title,
	 * no account name.
	 */
	static List<String> cleanAuthor(String raw, List<String> organizations) {
		return cleanAuthor(raw, new Organizations(organizations));
	}

	private static List<String> cleanAuthor(String raw, Organizations organizations) {
		String text = Texts.collapse(raw);
		if (BylineScan.mayHaveByInside(text)) {
			Matcher by = BY_INSIDE.matcher(text);
			if (by.find() && by.start() > 0) {
				// "Monday November 18, 2019 7:45 am PST by Ann Lee": the names
				// follow "by"
				text = text.substring(by.end());
			}
		}
		if (BylineScan.mayStartWithByPrefix(text)) {
			text = BY_PREFIX.matcher(text).replaceFirst("");
		}
		int cutFrom = BylineScan.bylineCutFrom(text);
		if (cutFrom >= 0) {
			// what replaceFirst("") does, searching from where a match may start
			Matcher cut = BYLINE_CUT.matcher(text);
			if (cut.find(cutFrom)) {
				text = text.substring(0, cut.start()) + text.substring(cut.end());
			}
		}
		text = TRAILING_PREPOSITION.matcher(text).replaceFirst("");
		List<String> names = new ArrayList<>();
		String[] parts = BylineScan.maySplitAuthors(text) ? AUTHOR_SPLIT.split(text) : new String[] { text };
		for (String part : parts) {
			String name = part.strip();
			if (BylineScan.mayStartWithByPrefix(name)) {
				name = BY_PREFIX.matcher(name).replaceFirst("").strip();
			}
			name = stripOrganization(name, organizations);
			name = TRAILING_PUNCTUATION.matcher(undouble(name)).replaceFirst("");
			if (name.length() < 2 || name.length() > 80 || name.startsWith("http") || name.contains("@")
					|| name.split(" ").length > 6) {
				continue;
			}
			String key = Texts.key(name);
			if (key.isEmpty() || isOrganization(name, key, organizations)
					|| BylineScan.mayNameJob(name) && JOB_TITLE.matcher(name).find() || isAccountName(name)) {
				continue;
			}
			names.add(nameCase(name));
		}
		return names;
	}

	/**
	 * The names of the page's publisher with what matching a name against them needs,
	 * computed once per page rather than once per name.
	 */
	private static final class Organizations {

		private final List<String> names;

		final String[] keys;

		/**
		 * Each name's words as {@link #isPublicationTitle} splits them, split when first
		 * needed.
		 */
		private final String[][] words;

		Organizations(List<String> names) {
			this.names = names;
			this.keys = new String[names.size()];
			this.words = new String[names.size()][];
			for (int i = 0; i < names.size(); i++) {
				this.keys[i] = Texts.key(names.get(i));
			}
		}

		String[] words(int i) {
			String[] split = this.words[i];
			if (split == null) {
				split = NON_WORD.split(Texts.lower(this.names.get(i)).strip());
				this.words[i] = split;
			}
			return split;
		}

	}

	/**
	 * "Kevin McCoy USA TODAY" -> "Kevin McCoy" when the page's publisher is USA TODAY.
	 */
	private static String stripOrganization(String name, Organizations organizations) {
		String key = null;
		for (String orgKey : organizations.keys) {
			if (orgKey.length() < 2) {
				continue;
			}
			if (key == null) {
				key = Texts.key(name);
			}
			if (key.endsWith(orgKey) && key.length() > orgKey.length()) {
				String[] words = name.split(" ");
				StringBuilder tail = new StringBuilder();
				for (int i = words.length - 1; i > 0; i--) {
					tail.insert(0, Texts.key(words[i]));
					if (tail.toString().equals(orgKey)) {
						return TRAILING_NAME_SEPARATORS.matcher(String.join(" ", Arrays.copyOf(words, i)))
							.replaceAll("");
					}
				}
			}
		}
		return name;
	}

	/** Whether the name (with its {@code key}) is a publication rather than a person. */
	private static boolean isOrganization(String name, String key, Organizations organizations) {
		// the expression needs a dot
		if (name.indexOf('.') >= 0 && DOMAIN.matcher(name).find()) {
			return true;
		}
		String lower = null;
		String[] words = null;
		for (int i = 0; i < organizations.keys.length; i++) {
			if (key.equals(organizations.keys[i])) {
				return true;
			}
			String[] site = organizations.words(i);
			if (site.length == 0 || site[0].isEmpty()) {
				continue;
			}
			if (lower == null) {
				lower = Texts.lower(name).strip();
			}
			// the name's first word (a prefix of its lower case) must be the site's
			if (!lower.startsWith(site[0])) {
				continue;
			}
			if (words == null) {
				words = NON_WORD.split(lower);
			}
			if (isPublicationTitle(words, site)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Exact pre-checks for the byline expressions: each is false only when its expression
	 * cannot match the text (a char the expression needs is missing), so that the
	 * expressions only run on the texts that may match. Case-insensitive matching with
	 * Unicode case lets a few non-ASCII letters match ASCII ones (the dotless i, the long
	 * s, the Kelvin sign...): a text with one of those always goes to the expression.
	 */
	static final class BylineScan {

		private BylineScan() {
		}

		/**
		 * False when {@link #BY_PREFIX} cannot match: it needs one of its words at the
		 * start (whose first letters are a, b, d, e, i, p, r, s, t, v, w) and a space.
		 */
		static boolean mayStartWithByPrefix(String text) {
			if (text.isEmpty()) {
				return false;
			}
			char first = text.charAt(0);
			if (first < 0x80) {
				switch (first | 0x20) {
					case 'a', 'b', 'd', 'e', 'i', 'p', 'r', 's', 't', 'v', 'w' -> {
					}
					default -> {
						return false;
					}
				}
			}
			else if (!foldsToAscii(first)) {
				return false;
			}
			for (int i = 1; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
					return true;
				}
			}
			return false;
		}

		/**
		 * False when {@link #BY_INSIDE} cannot match: it needs "by" (in ASCII case only:
		 * the expression has no Unicode case).
		 */
		static boolean mayHaveByInside(String text) {
			for (int i = text.length() - 2; i >= 0; i--) {
				if ((text.charAt(i) | 0x20) == 'b' && (text.charAt(i + 1) | 0x20) == 'y') {
					return true;
				}
			}
			return false;
		}

		/** Words one of the alternatives of {@link #BYLINE_CUT} starts with. */
		private static final String[] CUT_WORDS = { "last", "updated", "published", "on", "mon", "tues", "wednes",
				"thurs", "fri", "satur", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
				"nov", "dec", "view", "more", "follow", "email", "translated", "photo", "illustration", "tradu" };

		private static final String[][] CUT_WORDS_BY_LETTER = byFirstLetter(CUT_WORDS);

		/** Words (or their stems) one of the alternatives of {@link #JOB_TITLE} holds. */
		private static final String[] JOB_WORDS = { "writer", "editor", "correspondent", "reporter", "columnist",
				"contributor", "producer", "journalist", "redakteur", "dact", "periodista", "giornalista" };

		private static final String[][] JOB_WORDS_BY_LETTER = byFirstLetter(JOB_WORDS);

		/** The words (lower-case ASCII) by their first letter, a to z. */
		private static String[][] byFirstLetter(String[] words) {
			String[][] table = new String[26][];
			for (char letter = 'a'; letter <= 'z'; letter++) {
				List<String> starting = new ArrayList<>();
				for (String word : words) {
					if (word.charAt(0) == letter) {
						starting.add(word);
					}
				}
				table[letter - 'a'] = starting.toArray(String[]::new);
			}
			return table;
		}

		/** Whether one of the words starts at {@code at}, in any case. */
		private static boolean startsWithAny(String text, int at, String[] words) {
			for (String word : words) {
				if (startsWith(text, at, word)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Where a match of {@link #BYLINE_CUT} may start at the earliest, or -1 when it
		 * cannot match. Each of its alternatives starts with a digit, a separator (| • ·
		 * – —), a space before "-", "/" or "for", or one of {@link #CUT_WORDS} at a word
		 * boundary, or has "bersetz" one char in or "umacz" two chars in; the match
		 * itself may start earlier by the spaces its {@code \\s*} takes. No match starts
		 * before the index given, so searching from there finds the match a search from
		 * the start finds.
		 */
		static int bylineCutFrom(String text) {
			int length = text.length();
			for (int j = 0; j < length; j++) {
				if (mayStartCutAlternative(text, j)) {
					int start = j;
					while (start > 0 && isSpace(text.charAt(start - 1))) {
						start--;
					}
					return start;
				}
			}
			return -1;
		}

		private static boolean mayStartCutAlternative(String text, int j) {
			char c = text.charAt(j);
			if (c >= '0' && c <= '9' || c == '|' || c == '•' || c == '·' || c == '–' || c == '—') {
				return true;
			}
			if (startsWith(text, j + 1, "bersetz") || startsWith(text, j + 2, "umacz")) {
				// [üu]bersetz, t[łl]umacz
				return true;
			}
			if (isSpace(c)) {
				return j + 1 < text.length() && (text.charAt(j + 1) == '-' || text.charAt(j + 1) == '/')
						|| startsWith(text, j + 1, "for");
			}
			if (c >= 0x80) {
				// a char that folds to an ASCII letter may start any of the words;
				// whether a
				// word boundary stands before it depends on the JDK (from 19, \\b counts
				// only ASCII word chars), so the expression decides
				return foldsToAscii(c) && startsWithAny(text, j, CUT_WORDS);
			}
			// an ASCII word follows a word boundary: never right after an ASCII letter,
			// digit or underscore (word chars for \\b whichever way the JDK defines it)
			if (j > 0) {
				char before = text.charAt(j - 1);
				if (before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9'
						|| before == '_') {
					return false;
				}
			}
			int letter = c | 0x20;
			return letter >= 'a' && letter <= 'z' && startsWithAny(text, j, CUT_WORDS_BY_LETTER[letter - 'a']);
		}

		/** What {@code \\s} matches (no Unicode character classes). */
		private static boolean isSpace(char c) {
			return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
		}

		/**
		 * False when {@link #AUTHOR_SPLIT} cannot match: it needs a comma, a semicolon,
		 * an ampersand, "and", "und", "et" or "mit" in any case (Unicode case: a char
		 * that folds to ASCII goes to the expression), or a lower-case i or y between
		 * spaces.
		 */
		static boolean maySplitAuthors(String text) {
			int length = text.length();
			for (int i = 0; i < length; i++) {
				char c = text.charAt(i);
				if (c == ',' || c == ';' || c == '&') {
					return true;
				}
				if (c >= 0x80) {
					if (foldsToAscii(c)) {
						return true;
					}
					continue;
				}
				if (isSpace(c) && i + 2 < length && (text.charAt(i + 1) == 'i' || text.charAt(i + 1) == 'y')
						&& isSpace(text.charAt(i + 2))) {
					return true;
				}
				boolean found = switch (c | 0x20) {
					case 'a' -> startsWith(text, i, "and");
					case 'u' -> startsWith(text, i, "und");
					case 'e' -> startsWith(text, i, "et");
					case 'm' -> startsWith(text, i, "mit");
					default -> false;
				};
				if (found) {
					return true;
				}
			}
			return false;
		}

		/**
		 * False when {@link #JOB_TITLE} cannot match: it needs one of {@link #JOB_WORDS}
		 * ("dact" stands for rédacteur, rédactrice and redactor), whose first letter it
		 * matches in ASCII case only (the expression has no Unicode case).
		 */
		static boolean mayNameJob(String text) {
			int length = text.length();
			for (int i = 0; i < length; i++) {
				char c = text.charAt(i);
				int letter = c | 0x20;
				if (c < 0x80 && letter >= 'a' && letter <= 'z'
						&& startsWithAny(text, i, JOB_WORDS_BY_LETTER[letter - 'a'])) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Case-insensitive, with the same or a wider notion of case than the expressions:
		 * String.regionMatches also compares the upper cases.
		 */
		private static boolean startsWith(String text, int at, String word) {
			return text.regionMatches(true, at, word, 0, word.length());
		}

		/** A non-ASCII char that some case mapping turns into an ASCII one. */
		static boolean foldsToAscii(char c) {
			char upper = Character.toUpperCase(c);
			return upper < 0x80 || Character.toLowerCase(c) < 0x80 || Character.toLowerCase(upper) < 0x80;
		}

	}

	private static final Set<String> PUBLICATION_WORDS = Set.of("news", "weekly", "daily", "online", "magazine",
			"media", "newspaper", "digital", "network", "group", "tv", "radio", "com");

	/**
	 * "India Post News Weekly" on the site "India Post": the site name followed only by
	 * words that name a publication.
	 */
	private static boolean isPublicationTitle(String[] words, String[] site) {
		if (site.length == 0 || site[0].isEmpty() || words.length <= site.length) {
			return false;
		}
		for (int i = 0; i < site.length; i++) {
			if (!words[i].equals(site[i])) {
				return false;
			}
		}
		for (int i = site.length; i < words.length; i++) {
			if (!PUBLICATION_WORDS.contains(words[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "Ann LeeAnn Lee" (a name printed twice, in a link and a hidden label) -> "Ann Lee".
	 */
	private static String undouble(String name) {
		int half = name.length() / 2;
		if (name.length() >= 6 && name.length() % 2 == 0 && name.substring(0, half).equals(name.substring(half))) {
			return name.substring(0, half);
		}
		return name;
	}

	/**
	 * CMS account names: one word with digits, all lower case ("admin") or all capitals
	 * ("KWCHCIK"). Real one-word bylines are written in name case.
	 */
	private static boolean isAccountName(String name) {
		if (name.indexOf(' ') >= 0) {
			return false;
		}
		if (ACCOUNT_JOINER.matcher(name).find()) {
			// "jane.doe", "Herr_Rein"
			return true;
		}
		boolean upper = false;
		boolean lower = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isDigit(c)) {
				return true;
			}
			if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
				continue;
			}
			upper |= Character.isUpperCase(c);
			lower |= Character.isLowerCase(c);
		}
		return upper != lower && (upper || lower);
	}

	/** "LISA MASCARO" -> "Lisa Mascaro"; names already in mixed case stay as printed. */
	static String nameCase(String name) {
		boolean lower = false;
		boolean upper = false;
		for (int i = 0; i < name.length(); i++) {
			lower |= Character.isLowerCase(name.charAt(i));
			upper |= Character.isUpperCase(name.charAt(i));
		}
		if (lower || !upper) {
			return name;
		}
		StringBuilder sb = new StringBuilder(name.length());
		boolean start = true;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			sb.append(start ? c : Character.toLowerCase(c));
			start = !Character.isLetter(c) && c != '\'';
		}
		return sb.toString();
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

	/**
	 * The first candidate that parses; a bare date ("2019-11-18") gives way to a later
	 * candidate with a time of day on that same date (another JSON-LD block, a meta tag),
	 * which is the same publication, stated more precisely.
	 */
	private static @Nullable Instant firstDate(@Nullable String... candidates) {
		for (int i = 0; i < candidates.length; i++) {
			String candidate = candidates[i];
			Instant instant = Dates.parse(candidate);
			if (instant == null) {
				continue;
			}
			if (candidate != null && Dates.isDateOnly(candidate)) {
				String day = candidate.strip();
				for (int j = i + 1; j < candidates.length; j++) {
					String other = candidates[j];
					if (other != null && !Dates.isDateOnly(other) && other.strip().startsWith(day)) {
						Instant precise = Dates.parse(other);
						if (precise != null) {
							return precise;
						}
					}
				}
			}
			return instant;
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
