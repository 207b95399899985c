package com.example.articles.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The byline and title cleaning of {@link MetadataExtractor} as it was at main f0b984d,
 * before its speed work: the reference the differential tests compare the current code
 * with. Not to be changed.
 */
final class MetadataAtF0b984d {

	private MetadataAtF0b984d() {
	}

	static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:·»/\\\\-]{1,2}\\s+");

	static final Pattern BY_PREFIX = Pattern.compile(
			"^(?:(?:written|posted|published|reported|story|text|words|photos?|interview|artikel|beitrag|article|ein(?:e)?\\s+\\w+)\\s+)?(?:by|von|par|por|door|di|przez"
					+ "|av|af|autor(?:in)?|author|auteur|text|tekst|interview)\\s*[:：]?\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// "and" in any case (bylines printed in capitals); the one-letter conjunctions only
	// in
	// lower case, so that a middle initial ("Bruce Y. Lee") is not a separator
	static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\b(?i:and|und|et|mit)\\b|\\s(?:i|y)\\s)\\s*",
			Pattern.UNICODE_CASE);

	static final Pattern TRAILING_PREPOSITION = Pattern.compile("\\s+(?:on|at|am|le|el)$");

	static final Pattern JOB_TITLE = Pattern.compile(
			"\\b(?:writer|editor|correspondent|reporter|columnist|contributor|producer|journalist|staff writer"
					+ "|(?:chef)?redakteur(?:in)?|rédact(?:eur|rice)|redactor(?:a)?|periodista|giornalista)s?\\b",
			Pattern.CASE_INSENSITIVE);

	static final Pattern DOMAIN = Pattern.compile("\\.(?:com|org|net|co|news|info|tv|uk|de|fr|it)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

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

	static final Pattern BY_INSIDE = Pattern
		.compile("(?<=\\s)(?<!(?i:translated|photos?|photographs?|illustrations?)\\s)(?i:by)\\s+(?=\\p{Lu})");

	static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:/|–—-]+$");

	static final Pattern ACCOUNT_JOINER = Pattern.compile("\\p{L}[._]\\p{L}");

	static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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
			String lower = Texts.lower(word).replaceAll("[^\\p{L}]", "");
			if (lower.isEmpty() || NOT_NAME_WORDS.contains(lower) && words.length <= 2) {
				return false;
			}
			char first = word.charAt(0);
			if (word.chars().anyMatch(Character::isDigit)) {
				return false;
			}
			if (Character.isLetter(first) && Character.isLowerCase(first) && !PARTICLES.contains(lower)) {
				return false;
			}
		}
		return true;
	}

	private static final Set<String> PARTICLES = Set.of("von", "van", "de", "da", "del", "della", "der", "den", "di",
			"du", "la", "le", "bin", "al", "el", "ter", "ten", "y", "e", "dos", "das", "zu");

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
						&& !isHidden(descendant) && !descendant.text().isBlank()
						&& !BY_PREFIX.matcher(descendant.text().strip() + " ").matches()
						&& (marked.isEmpty() || !isInside(descendant, marked.get(marked.size() - 1)))) {
					marked.add(descendant);
				}
			}
			if (marked.size() > 1) {
				List<String> parts = new ArrayList<>(marked.size());
				for (Element part : marked) {
					StringBuilder text = new StringBuilder();
					appendText(part, text);
					parts.add(Texts.collapse(text.toString()).replaceAll("^[ |]+|[ |,]+$", ""));
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
		return Texts.collapse(text.toString()).replaceAll("^[ |]+|[ |]+$", "");
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
		String text = Texts.collapse(raw);
		Matcher by = BY_INSIDE.matcher(text);
		if (by.find() && by.start() > 0) {
			// "Monday November 18, 2019 7:45 am PST by Ann Lee": the names follow "by"
			text = text.substring(by.end());
		}
		text = BY_PREFIX.matcher(text).replaceFirst("");
		text = BYLINE_CUT.matcher(text).replaceFirst("");
		text = TRAILING_PREPOSITION.matcher(text).replaceFirst("");
		List<String> names = new ArrayList<>();
		for (String part : AUTHOR_SPLIT.split(text)) {
			String name = BY_PREFIX.matcher(part.strip()).replaceFirst("").strip();
			name = stripOrganization(name, organizations);
			name = TRAILING_PUNCTUATION.matcher(undouble(name)).replaceFirst("");
			if (name.length() < 2 || name.length() > 80 || name.startsWith("http") || name.contains("@")
					|| name.split(" ").length > 6 || Texts.key(name).isEmpty() || isOrganization(name, organizations)
					|| JOB_TITLE.matcher(name).find() || isAccountName(name)) {
				continue;
			}
			names.add(nameCase(name));
		}
		return names;
	}

	/**
	 * "Kevin McCoy USA TODAY" -> "Kevin McCoy" when the page's publisher is USA TODAY.
	 */
	private static String stripOrganization(String name, List<String> organizations) {
		String key = Texts.key(name);
		for (String organization : organizations) {
			String orgKey = Texts.key(organization);
			if (orgKey.length() >= 2 && key.endsWith(orgKey) && key.length() > orgKey.length()) {
				String[] words = name.split(" ");
				StringBuilder tail = new StringBuilder();
				for (int i = words.length - 1; i > 0; i--) {
					tail.insert(0, Texts.key(words[i]));
					if (tail.toString().equals(orgKey)) {
						return String.join(" ", Arrays.copyOf(words, i)).replaceAll("[\\s,|/–—-]+$", "");
					}
				}
			}
		}
		return name;
	}

	private static boolean isOrganization(String name, List<String> organizations) {
		String key = Texts.key(name);
		if (DOMAIN.matcher(name).find()) {
			return true;
		}
		for (String organization : organizations) {
			if (key.equals(Texts.key(organization)) || isPublicationTitle(name, organization)) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> PUBLICATION_WORDS = Set.of("news", "weekly", "daily", "online", "magazine",
			"media", "newspaper", "digital", "network", "group", "tv", "radio", "com");

	/**
	 * "India Post News Weekly" on the site "India Post": the site name followed only by
	 * words that name a publication.
	 */
	private static boolean isPublicationTitle(String name, String organization) {
		String[] words = NON_WORD.split(Texts.lower(name).strip());
		String[] site = NON_WORD.split(Texts.lower(organization).strip());
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

}
