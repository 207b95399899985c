package com.example.articles.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id, role and itemprop say about it, from naming conventions
 * common across the web (not from any one site). Verdicts are cached per distinct
 * class/id string, across pages: sites and CMS themes repeat the same names on every
 * page; and per element, for one extraction. One instance per extraction (not
 * thread-safe; the shared cache is).
 */
final class ClassSignals {

	enum Verdict {

		/**
		 * Page chrome whatever else the name says (share bars, related boxes, ads...).
		 */
		STRONG_BOILERPLATE,
		/** Chrome unless the name also says it is content (header, footer, meta...). */
		WEAK_BOILERPLATE,
		/**
		 * Chrome by a name that only says what shape the element has (a list, a header,
		 * an info box, a meta line): chrome unless it holds real text.
		 */
		SHAPE_BOILERPLATE, CONTENT, CAPTION, CREDIT, NEUTRAL

	}

	private static final int STRONG = 1;

	private static final int CONTENT = 2;

	private static final int CAPTION = 4;

	private static final int CREDIT = 8;

	/**
	 * Substrings of a class or id that mark chrome even next to "article" or "content".
	 */
	private static final String[] STRONG_STEMS = { "comment", "disqus", "related", "share", "sharing", "social",
			"newsletter", "subscri", "cookie", "consent", "gdpr", "advert", "sponsor", "outbrain", "taboola",
			"breadcrumb", "recommend", "popular", "trending", "mostread", "most-read", "mostviewed", "most-viewed",
			"readmore", "read-more", "readnext", "read-next", "nextread", "next-read", "byline", "sidebar", "promo",
			"signup", "sign-up", "popup", "pop-up", "modal", "paginat", "toolbar", "authorbio", "author-bio",
			"about-the-author", "abouttheauthor", "authorbox", "author-box", "posttags", "post-tags", "taglist",
			"tag-list", "tagslist", "tags-list", "skiplink", "skip-link", "skipto", "skip-to", "visuallyhidden",
			"visually-hidden", "sr-only", "screenreader", "screen-reader", "offscreen", "navbar", "navigation",
			"masthead", "newsticker", "ticker", "login", "donat", "affiliate", "dateline", "timestamp", "printonly",
			"print-only", "noprint", "print-header", "printheader", "print-footer", "printfooter", "furtherreading",
			"further-reading", "seealso", "see-also", "alsoread", "also-read", "morestories", "more-stories",
			"morearticles", "more-articles", "nextpost", "next-post", "prevpost", "prev-post", "postnav", "post-nav",
			"jumpto", "jump-to", "backtotop", "back-to-top", "rating", "survey", "feedback", "bannerad", "banner-ad",
			"adslot", "ad-slot", "adunit", "ad-unit", "adcontainer", "ad-container", "adwrapper", "ad-wrapper",
			"adbanner", "ad-banner", "dfp", "googlead", "google-ad", "adsense", "teaserlist", "teaser-list",
			"crosslink", "cross-link", "recirc", "storylist", "story-list", "followus", "follow-us", "apppromo",
			"app-promo", "paywallprompt", "paywall-prompt", "lightbox" };

	/**
	 * Strong stems that are not chrome when the name goes on like this ("commentary").
	 */
	private static final String[] STRONG_EXCEPTIONS = { "commentary", "shared", "unshare" };

	private static final String[] CONTENT_STEMS = { "article", "body", "content", "main", "post", "entry", "story",
			"text", "blog", "hentry", "prose", "richtext", "rich-text", "beitrag", "artikel", "inhalt", "tresc",
			"contenu" };

	private static final String[] CAPTION_STEMS = { "caption", "legend", "bildunterschrift", "bildtext", "unterschrift",
			"podpis", "imagedesc", "image-desc", "photodesc", "photo-desc", "imgdesc", "img-desc", "imagetext",
			"image-text", "figuretext", "figure-text" };

	private static final String[] CREDIT_STEMS = { "credit", "copyright", "photographer", "attribution", "courtesy",
			"bildquelle", "imagesource", "image-source", "photosource", "photo-source", "imgsource", "img-source",
			"fotoquelle", "foto-quelle", "fotograf" };

	private static final StemMatcher STEMS = stems();

	/** Whole words (class split at - _ and camel case) that mark chrome. */
	private static final Set<String> STRONG_WORDS = Set.of("ad", "ads", "adv", "advt", "werbung", "anzeige", "tags",
			"rss", "cta", "pager", "nav", "menu", "footer", "disclaimer");

	/** Whole words that mark chrome unless the name also says content. */
	private static final Set<String> WEAK_WORDS = Set.of("header", "head", "meta", "author", "authors", "date", "time",
			"teaser", "teasers", "banner", "topbar", "skip", "search", "aside", "dialog", "infobox", "links", "more",
			"next", "prev", "previous", "button", "btn", "icon", "icons", "badge", "topics", "category", "categories",
			"kicker", "eyebrow", "subscribe", "contact", "tag", "sticky", "carousel", "slider", "overlay", "list",
			"info");

	/**
	 * Weak words that name a shape rather than a function: an element so named is
	 * furniture when short, but a list of steps or an info box of plain text is part of
	 * the article.
	 */
	private static final Set<String> SHAPE_WORDS = Set.of("header", "head", "meta", "date", "time", "list", "info",
			"infobox", "slider", "carousel", "sticky");

	/**
	 * A class token that describes the layout of a wrapper ("has-sidebar",
	 * "o-section--has-ads", "fixed-sidebar-layout"), not what the element is.
	 */
	private static final Pattern LAYOUT_TOKEN = Pattern.compile("(?:^|[-_])(?:has|with|w|no|without)[-_]|layout");

	private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist", "alert", "tooltip");

	/** Verdicts by class/id string, shared by all extractions; cleared when full. */
	private static final Map<String, Verdict> CACHE = new ConcurrentHashMap<>(4096);

	private static final int CACHE_LIMIT = 50_000;

	/**
	 * Verdicts of this extraction's elements: the marker, the segmenter and the root
	 * finder ask about the same elements, some several times.
	 */
	private final Map<Element, Verdict> verdicts = new IdentityHashMap<>(512);

	/**
	 * The counts of the page, whose table keeps the verdicts of the elements it counted
	 * (one probe of a table the page already has, instead of a map that grows with the
	 * page); null to keep them all in {@link #verdicts}.
	 */
	private final @Nullable ElementStats stats;

	/**
	 * Verdicts by class/id string for this extraction: a page repeats its names (menu
	 * items, teasers), and this small map stays in the cache where the shared one does
	 * not.
	 */
	private final Map<String, Verdict> byName = new HashMap<>(256);

	ClassSignals() {
		this(null);
	}

	/** Signals that keep the verdicts of the elements counted in {@code stats} there. */
	ClassSignals(@Nullable ElementStats stats) {
		this.stats = stats;
	}

	Verdict of(Element element) {
		if (element.attributesSize() == 0) {
			return Verdict.NEUTRAL;
		}
		ElementStats counts = this.stats;
		if (counts != null) {
			Verdict verdict = counts.verdict(element);
			if (verdict != null) {
				return verdict;
			}
			verdict = compute(element);
			if (counts.keepVerdict(element, verdict)) {
				return verdict;
			}
			this.verdicts.put(element, verdict);
			return verdict;
		}
		Verdict verdict = this.verdicts.get(element);
		if (verdict == null) {
			verdict = compute(element);
			this.verdicts.put(element, verdict);
		}
		return verdict;
	}

	private Verdict compute(Element element) {
		String itemprop = element.attr("itemprop");
		if (!itemprop.isEmpty()) {
			String prop = itemprop.toLowerCase(Locale.ROOT);
			if (prop.contains("articlebody") || prop.equals("text") || prop.contains("reviewbody")) {
				return Verdict.CONTENT;
			}
			if (prop.equals("caption")) {
				return Verdict.CAPTION;
			}
			if (prop.equals("copyrightholder") || prop.equals("creditText".toLowerCase(Locale.ROOT))) {
				return Verdict.CREDIT;
			}
			if (prop.equals("comment") || prop.equals("author") || prop.equals("publisher")
					|| prop.equals("breadcrumb")) {
				return Verdict.STRONG_BOILERPLATE;
			}
		}
		String role = element.attr("role");
		if (!role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
			return Verdict.STRONG_BOILERPLATE;
		}
		String names = element.className();
		String id = element.id();
		if (names.isEmpty() && id.isEmpty()) {
			return Verdict.NEUTRAL;
		}
		String key = id.isEmpty() ? names : names + ' ' + id;
		Verdict verdict = this.byName.get(key);
		if (verdict == null) {
			verdict = CACHE.get(key);
			if (verdict == null) {
				verdict = classify(key);
				if (CACHE.size() >= CACHE_LIMIT) {
					CACHE.clear();
				}
				CACHE.put(key, verdict);
			}
			this.byName.put(key, verdict);
		}
		return verdict;
	}

	private static StemMatcher stems() {
		Map<String, Integer> stems = new HashMap<>();
		for (String stem : STRONG_STEMS) {
			stems.merge(stem, STRONG, (a, b) -> a | b);
		}
		for (String stem : CONTENT_STEMS) {
			stems.merge(stem, CONTENT, (a, b) -> a | b);
		}
		for (String stem : CAPTION_STEMS) {
			stems.merge(stem, CAPTION, (a, b) -> a | b);
		}
		for (String stem : CREDIT_STEMS) {
			stems.merge(stem, CREDIT, (a, b) -> a | b);
		}
		return new StemMatcher(stems);
	}

	static Verdict classify(String names) {
		String lower = withoutLayoutTokens(names.toLowerCase(Locale.ROOT));
		int flags = STEMS.flags(lower);
		if ((flags & CAPTION) != 0) {
			return Verdict.CAPTION;
		}
		if ((flags & CREDIT) != 0) {
			return Verdict.CREDIT;
		}
		if ((flags & STRONG) != 0) {
			String rest = lower;
			for (String exception : STRONG_EXCEPTIONS) {
				rest = rest.replace(exception, " ");
			}
			if (rest.equals(lower) || (STEMS.flags(rest) & STRONG) != 0) {
				return Verdict.STRONG_BOILERPLATE;
			}
		}
		List<String> words = words(withoutLayoutTokens(names));
		for (String word : words) {
			if (STRONG_WORDS.contains(word)) {
				return Verdict.STRONG_BOILERPLATE;
			}
		}
		if ((flags & CONTENT) != 0) {
			return Verdict.CONTENT;
		}
		Verdict verdict = Verdict.NEUTRAL;
		for (String word : words) {
			if (WEAK_WORDS.contains(word)) {
				if (!SHAPE_WORDS.contains(word)) {
					return Verdict.WEAK_BOILERPLATE;
				}
				verdict = Verdict.SHAPE_BOILERPLATE;
			}
		}
		return verdict;
	}

	/**
	 * The class names without layout tokens and without BEM modifiers that only say the
	 * block has ads in it ("TestReport__Section--Ads" is a section).
	 */
	private static final Pattern AD_MODIFIER = Pattern.compile("(?i)--(?:has-|with-)?(?:ads?|adv|adverts?)");

	private static String withoutLayoutTokens(String names) {
		if (!names.contains("--") && !LAYOUT_TOKEN.matcher(names.toLowerCase(Locale.ROOT)).find()) {
			return names;
		}
		StringBuilder kept = new StringBuilder(names.length());
		for (String token : names.split("\\s+")) {
			int modifier = token.indexOf("--");
			String block = modifier > 0 && AD_MODIFIER.matcher(token.substring(modifier)).matches()
					? token.substring(0, modifier) : token;
			if (!LAYOUT_TOKEN.matcher(block.toLowerCase(Locale.ROOT)).find()) {
				kept.append(block).append(' ');
			}
		}
		return kept.toString();
	}

	/** Words of class names: split at non-letters and camel-case humps, lower-cased. */
	static List<String> words(String names) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		char prev = ' ';
		for (int i = 0; i < names.length(); i++) {
			char c = names.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				flush(words, word);
			}
			else {
				if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
					flush(words, word);
				}
				word.append(Character.toLowerCase(c));
			}
			prev = c;
		}
		flush(words, word);
		return words;
	}

	private static void flush(List<String> words, StringBuilder word) {
		if (word.length() > 0) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

}
