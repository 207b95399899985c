package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byline and title cleaning against the way it was written before its speed work
 * ({@link MetadataAtF0b984d}), on hand-written and random input; and the pre-checks in
 * front of the byline expressions against the expressions themselves.
 */
class MetadataExtractorDifferentialTest {

	private static final String[] BYLINE_TOKENS = { "By", "by", "BY", "Von", "von:", "Written by", "Posted by",
			"Ann Lee", "JANE DOE", "Jürgen Müller", "Émilie Durand", "Bo Chen", "and", "AND", "und", "et", "mit", "&",
			",", ";", "|", "•", "·", "–", "—", "-", "/", "//", "Updated", "updated", "Last updated", "Published", "on",
			"Monday", "Friday", "Nov", "November", "19", "2019", "3", "May", "10:30", "2019-11-18", "11/18/2019",
			"5 min read", "View more", "view all", "more articles", "More from", "Follow", "Email", "Photos by",
			"Photographs by", "Illustration by", "translated by", "Übersetzt", "Übersetzung", "traduit par",
			"traducción", "tłumaczenie", "tlumaczyła", "for", "For", "The Courier", "Metro Times", "USA TODAY",
			"India Post", "India Post News Weekly", "example.com", "news.co.uk", "admin", "jane.doe", "Herr_Rein",
			"KWCHCIK", "user42", "Staff Writer", "reporter", "Redakteurin", "ı", "ſ", "\u212A", "İ", "ǅ", "publiſhed",
			"ınterview", "updaTed", "\u212Aelvin", "Dayton", "Moreno", "Ford", "Fordham", "Emaline", "Viewer",
			"Bersetz", "Trudeau", "Photon", "\u00A0", "  ", "\t", "\n", "x", "y", "i", "e", "Y.", "Bruce Y. Lee",
			"Ann LeeAnn Lee", "Dr.", "al", "von der", "@ann", "ann@example.com", "http://x.org", "at", "le", "el", "am",
			"Autor:", "Autorin", "Par", "Por", "door", "di", "przez", "av", "af", "Text:", "tekst", "Interview",
			"Artikel von", "Eine Reportage von", "story by", "words by", "Texte", "：", "홍길동", "李明", "\u200B", "\uFEFF",
			"\u2028", "Sunday", "Wednesday", "1st", "Sept.", "8:05" };

	private static final String[] ORGANIZATIONS = { "USA TODAY", "The Courier", "Metro Times", "India Post", "example",
			"", "  ", "News", "Ann Lee", "x" };

	private static final String[] FIXED_BYLINES = { "By JANE DOE and John Roe, Metro Times | Updated 3 May",
			"Monday November 18, 2019 7:45 am PST by Ann Lee", "Von Jürgen Müller", "Par Émilie Durand",
			"By ANN LEE, BO CHEN", "Übersetzt von: Roland Weber", "Jane Doe, translated by John Roe",
			"Anna Nowak, tłumaczenie Piotr Zieliński", "Marie Dubois, traduit par Paul Martin",
			"By Ann Lee | Photos by Bo Chen", "Kevin McCoy USA TODAY", "Jane Porter for The Courier",
			"Ann Lee 5 min read", "Bruce Y. Lee", "By Ann Lee on Nov 19, 2019", "admin", "", " ", "By",
			"Written by: Ann Lee", "Ann Lee View more articles", "Ann Lee Follow Email" };

	@Test
	void cleansBylinesAsBefore() {
		Random random = new Random(21);
		for (String byline : FIXED_BYLINES) {
			for (int round = 0; round < 20; round++) {
				List<String> organizations = organizations(random);
				assertThat(MetadataExtractor.cleanAuthor(byline, organizations)).as("%s %s", byline, organizations)
					.isEqualTo(MetadataAtF0b984d.cleanAuthor(byline, organizations));
			}
		}
		for (int round = 0; round < 100_000; round++) {
			String byline = randomByline(random);
			List<String> organizations = organizations(random);
			assertThat(MetadataExtractor.cleanAuthor(byline, organizations)).as("%s %s", byline, organizations)
				.isEqualTo(MetadataAtF0b984d.cleanAuthor(byline, organizations));
		}
	}

	@Test
	void readsPlausibleNamesAsBefore() {
		Random random = new Random(22);
		for (int round = 0; round < 50_000; round++) {
			String name = randomByline(random).strip();
			if (name.isEmpty()) {
				continue;
			}
			assertThat(MetadataExtractor.isPlausibleName(name)).as(name)
				.isEqualTo(MetadataAtF0b984d.isPlausibleName(name));
		}
	}

	@Test
	void keepsOnlyLettersAsTheExpressionDid() {
		Random random = new Random(23);
		String alphabet = "aZ9-'.éßİı\u00AD\u200B\uD83D\uDE00\uD800\uDC00\uD801ǅ ";
		for (int round = 0; round < 50_000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(8);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String word = text.toString();
			assertThat(MetadataExtractor.lettersOnly(word)).isEqualTo(word.replaceAll("[^\\p{L}]", ""));
		}
	}

	@Test
	void stripsSiteNamesAsBefore() {
		Random random = new Random(24);
		String[] tokens = { "Headline", "of", "the", "day", "Big", "News", "Site", "The Courier", "|", "-", "–", "—",
				":", "·", "»", "/", "\\", "||", "::", " ", "  ", "Ann", "story", "here" };
		String[] sites = { null, "The Courier", "Site", "News", "" };
		for (int round = 0; round < 50_000; round++) {
			StringBuilder title = new StringBuilder();
			int length = 1 + random.nextInt(12);
			for (int i = 0; i < length; i++) {
				title.append(tokens[random.nextInt(tokens.length)]).append(random.nextInt(4) == 0 ? "" : " ");
			}
			String site = sites[random.nextInt(sites.length)];
			String h1 = random.nextBoolean() ? null : tokens[random.nextInt(tokens.length)] + " Headline";
			assertThat(MetadataExtractor.stripSiteName(title.toString(), site, h1)).as("%s|%s|%s", title, site, h1)
				.isEqualTo(MetadataAtF0b984d.stripSiteName(title.toString(), site, h1));
		}
	}

	@Test
	void readsBylineElementsAsBefore() {
		Random random = new Random(25);
		String[] classes = { "byline", "author", "author-name", "byline__name", "name", "avatar", "bio", "meta",
				"author-title", "Byline", "", "role" };
		String[] tags = { "span", "a", "div", "p", "script", "svg", "li" };
		for (int round = 0; round < 20_000; round++) {
			Element root = new Element("div").attr("class", "byline");
			List<Element> open = new ArrayList<>(List.of(root));
			int children = random.nextInt(14);
			for (int i = 0; i < children; i++) {
				Element parent = open.get(random.nextInt(open.size()));
				if (random.nextInt(2) == 0) {
					Element child = new Element(tags[random.nextInt(tags.length)]);
					String className = classes[random.nextInt(classes.length)];
					if (!className.isEmpty()) {
						child.attr("class", className);
					}
					if (random.nextInt(8) == 0) {
						child.attr("style", random.nextBoolean() ? "display: none" : "color:red");
					}
					parent.appendChild(child);
					open.add(child);
				}
				else {
					parent.appendChild(new TextNode(
							BYLINE_TOKENS[random.nextInt(BYLINE_TOKENS.length)] + (random.nextBoolean() ? " " : "")));
				}
			}
			assertThat(MetadataExtractor.bylineText(root)).as(root.outerHtml())
				.isEqualTo(MetadataAtF0b984d.bylineText(root));
		}
	}

	@Test
	void readsTheFixturePagesAsBefore() {
		String[] pages = { "after-article-sections.html", "blog-sign-off.html", "caption-lines.html",
				"cookie-newsletter.html", "daily-mail-style.html", "data-table-article.html", "french.html",
				"german.html", "jsonld-graph.html", "licence-and-contact-tail.html", "paywalled-short-article.html",
				"polish.html", "post-meta-tail.html", "related-heading-fr.html", "ruby-and-combining-accents.html",
				"shape-named-boxes.html", "tiny-post.html", "wordpress.html" };
		int compared = 0;
		for (String page : pages) {
			Document doc = Jsoup.parse(Fixtures.page(page), "https://example.com/");
			for (Element element : doc.getAllElements()) {
				assertThat(HeaderArea.boundedText(element)).isEqualTo(HeaderAreaTest.twoPassBoundedText(element));
				assertThat(MetadataExtractor.bylineText(element)).isEqualTo(MetadataAtF0b984d.bylineText(element));
				String text = element.text();
				if (text.length() < 300) {
					assertThat(MetadataExtractor.cleanAuthor(text, List.of("The Courier")))
						.isEqualTo(MetadataAtF0b984d.cleanAuthor(text, List.of("The Courier")));
					compared++;
				}
			}
		}
		assertThat(compared).isGreaterThan(100);
	}

	@Test
	void preChecksAreFalseOnlyWhenTheExpressionCannotMatch() {
		Random random = new Random(26);
		for (int round = 0; round < 200_000; round++) {
			String text = Texts.collapse(randomByline(random));
			int cutFrom = MetadataExtractor.BylineScan.bylineCutFrom(text);
			Matcher cut = MetadataAtF0b984d.BYLINE_CUT.matcher(text);
			if (cutFrom < 0) {
				assertThat(cut.find()).as(text).isFalse();
			}
			else if (cut.find()) {
				// no match starts before: the search from there finds the same one
				assertThat(cut.start()).as(text).isGreaterThanOrEqualTo(cutFrom);
			}
			if (!MetadataExtractor.BylineScan.maySplitAuthors(text)) {
				assertThat(MetadataAtF0b984d.AUTHOR_SPLIT.matcher(text).find()).as(text).isFalse();
			}
			if (!MetadataExtractor.BylineScan.mayNameJob(text)) {
				assertThat(MetadataAtF0b984d.JOB_TITLE.matcher(text).find()).as(text).isFalse();
			}
			if (!MetadataExtractor.BylineScan.mayHaveByInside(text)) {
				assertThat(MetadataAtF0b984d.BY_INSIDE.matcher(text).find()).as(text).isFalse();
			}
			if (!MetadataExtractor.BylineScan.mayStartWithByPrefix(text)) {
				assertThat(MetadataAtF0b984d.BY_PREFIX.matcher(text).find()).as(text).isFalse();
			}
		}
		assertThat(MetadataExtractor.BylineScan.bylineCutFrom("Ann Lee")).isEqualTo(-1);
		assertThat(MetadataExtractor.BylineScan.bylineCutFrom("Forbes Contributors")).isEqualTo(-1);
		assertThat(MetadataExtractor.BylineScan.bylineCutFrom("Ann Lee  publiſhed")).isEqualTo(7);
		assertThat(MetadataExtractor.BylineScan.bylineCutFrom("Ann Lee for Forbes")).isEqualTo(7);
		assertThat(MetadataExtractor.BylineScan.maySplitAuthors("Ann Lee")).isFalse();
		assertThat(MetadataExtractor.BylineScan.maySplitAuthors("Ann Lee y Bo")).isTrue();
		assertThat(MetadataExtractor.BylineScan.mayNameJob("Senior Contributor")).isTrue();
		assertThat(MetadataExtractor.BylineScan.mayNameJob("Ann Lee")).isFalse();
		assertThat(MetadataExtractor.BylineScan.mayStartWithByPrefix("Jane Doe")).isFalse();
		assertThat(MetadataExtractor.BylineScan.mayHaveByInside("Ann Lee")).isFalse();
	}

	/**
	 * The char-level facts the pre-checks rest on, for every char: which chars the
	 * expressions' literals, classes and escapes accept under their flags.
	 */
	@Test
	void preChecksKnowEveryCharTheExpressionsAccept() {
		int unicodeCase = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		String letters = "abcdefghijklmnopqrstuvwxyz";
		Pattern[] folded = new Pattern[letters.length()];
		Pattern[] ascii = new Pattern[letters.length()];
		for (int l = 0; l < letters.length(); l++) {
			folded[l] = Pattern.compile(String.valueOf(letters.charAt(l)), unicodeCase);
			ascii[l] = Pattern.compile("(?i:" + letters.charAt(l) + ")");
		}
		Pattern separators = Pattern.compile("[|•·–—]", unicodeCase);
		Pattern dash = Pattern.compile("-", unicodeCase);
		Pattern slash = Pattern.compile("/", unicodeCase);
		Pattern digit = Pattern.compile("\\d", unicodeCase);
		Pattern space = Pattern.compile("\\s", unicodeCase);
		for (int c = 0; c <= 0xFFFF; c++) {
			char ch = (char) c;
			String s = String.valueOf(ch);
			for (int l = 0; l < letters.length(); l++) {
				if (folded[l].matcher(s).matches()) {
					assertThat(
							c < 0x80 ? (c | 0x20) == letters.charAt(l) : MetadataExtractor.BylineScan.foldsToAscii(ch))
						.as("U+%04X as %s", c, letters.charAt(l))
						.isTrue();
				}
				if (ascii[l].matcher(s).matches()) {
					assertThat((c | 0x20) == letters.charAt(l) && c < 0x80).isTrue();
				}
			}
			if (separators.matcher(s).matches()) {
				assertThat("|•·–—").contains(s);
			}
			if (dash.matcher(s).matches() || slash.matcher(s).matches()) {
				assertThat("-/").contains(s);
			}
			if (digit.matcher(s).matches()) {
				assertThat(ch).isBetween('0', '9');
			}
			if (space.matcher(s).matches()) {
				assertThat(" \t\n\u000B\f\r").contains(s);
			}
		}
		// no supplementary code point has an ASCII case
		for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
			assertThat(Character.toUpperCase(cp) >= 0x80 && Character.toLowerCase(cp) >= 0x80
					&& Character.toLowerCase(Character.toUpperCase(cp)) >= 0x80)
				.isTrue();
		}
	}

	private static List<String> organizations(Random random) {
		List<String> organizations = new ArrayList<>();
		int count = random.nextInt(4);
		for (int i = 0; i < count; i++) {
			organizations.add(ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)]);
		}
		return organizations;
	}

	private static String randomByline(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(9);
		for (int i = 0; i < length; i++) {
			text.append(BYLINE_TOKENS[random.nextInt(BYLINE_TOKENS.length)]);
			if (random.nextInt(5) != 0) {
				text.append(' ');
			}
		}
		return text.toString();
	}

}
