package com.example.articles.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an element's class, id, role and itemprop say about it, from naming conventions
 * common across the web (not from any one site). Verdicts are cached per distinct
 * class/id string: pages repeat the same few hundred strings thousands of times. One
 * instance per extraction (not thread-safe).
 */
final class ClassSignals {

	enum Verdict {

		/**
		 * Page chrome whatever else the name says (share bars, related boxes, ads...).
		 */
		STRONG_BOILERPLATE,
		/** Chrome unless the name also says it is content (header, footer, meta...). */
		WEAK_BOILERPLATE, CONTENT, CAPTION, CREDIT, NEUTRAL

	}

	/**
	 * Substrings of a class or id that mark chrome even next to "article" or "content".
	 */
	private static final Pattern STRONG = Pattern.compile("comment(?!ary)|disqus|related|(?<!un)share(?!d)|sharing"
			+ "|social|newsletter|subscri|cookie|consent|gdpr|advert|sponsor|outbrain|taboola|breadcrumb|recommend"
			+ "|popular|trending|most-?read|mostviewed|most-?viewed|read-?more|readnext|read-?next|byline|sidebar"
			+ "|promo|signup|sign-up|popup|pop-up|modal|paginat|toolbar|author-?bio|about-?the-?author|authorbox"
			+ "|author-?box|post-?tags|tag-?list|tags-?list|taglist|skip-?link|skip-?to|visually-?hidden|sr-only"
			+ "|screen-?reader|offscreen|navbar|navigation|masthead|newsticker|ticker|login|donat|affiliate"
			+ "|dateline|timestamp|print-?only|noprint|further-?reading|see-?also|also-?read|more-?stories"
			+ "|more-?articles|next-?post|prev-?post|post-?nav|jump-?to|back-?to-?top|rating|survey|feedback"
			+ "|banner-?ad|ad-?slot|adslot|ad-?unit|adunit|ad-?container|ad-?wrapper|ad-?banner|dfp|google-?ad"
			+ "|adsense|teaser-?list|cross-?link|crosslink|recirc|storylist|story-?list|follow-?us|app-?promo"
			+ "|paywall-?prompt|lightbox");

	/** Whole words (class split at - _ and camel case) that mark chrome. */
	private static final Set<String> STRONG_WORDS = Set.of("ad", "ads", "adv", "advt", "werbung", "anzeige", "tags",
			"rss", "cta", "pager", "nav", "menu", "footer", "disclaimer");

	/** Whole words that mark chrome unless the name also says content. */
	private static final Set<String> WEAK_WORDS = Set.of("header", "head", "meta", "author", "authors", "date", "time",
			"widget", "widgets", "teaser", "teasers", "banner", "top", "topbar", "bottom", "skip", "search", "extra",
			"aside", "dialog", "info", "infobox", "tools", "actions", "links", "more", "next", "prev", "previous",
			"button", "btn", "icon", "icons", "badge", "label", "topics", "category", "categories", "kicker", "eyebrow",
			"subscribe", "contact", "tag", "list", "card", "cards", "box", "module", "sticky", "carousel", "slider",
			"overlay");

	private static final Pattern CONTENT = Pattern.compile("article|body|content|main|post|entry|story|text|blog"
			+ "|hentry|prose|richtext|rich-text|beitrag|artikel|inhalt|tresc|contenu");

	private static final Pattern CAPTION = Pattern.compile("caption|legend|bildunterschrift|bildtext|unterschrift"
			+ "|podpis|image-?desc|photo-?desc|img-?desc|image-?text|imagetext|figure-?text");

	private static final Pattern CREDIT = Pattern.compile("credit|copyright|photographer|attribution|courtesy"
			+ "|bildquelle|image-?source|photo-?source|img-?source|foto-?quelle|fotograf");

	private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist", "alert", "tooltip");

	private final Map<String, Verdict> cache = new HashMap<>(256);

	Verdict of(Element element) {
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
		Verdict verdict = this.cache.get(key);
		if (verdict == null) {
			verdict = classify(key);
			this.cache.put(key, verdict);
		}
		return verdict;
	}

	static Verdict classify(String names) {
		String lower = names.toLowerCase(Locale.ROOT);
		List<String> words = words(names);
		if (CAPTION.matcher(lower).find()) {
			return Verdict.CAPTION;
		}
		if (CREDIT.matcher(lower).find()) {
			return Verdict.CREDIT;
		}
		if (STRONG.matcher(lower).find()) {
			return Verdict.STRONG_BOILERPLATE;
		}
		for (String word : words) {
			if (STRONG_WORDS.contains(word)) {
				return Verdict.STRONG_BOILERPLATE;
			}
		}
		boolean content = CONTENT.matcher(lower).find();
		if (content) {
			return Verdict.CONTENT;
		}
		for (String word : words) {
			if (WEAK_WORDS.contains(word)) {
				return Verdict.WEAK_BOILERPLATE;
			}
		}
		return Verdict.NEUTRAL;
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
