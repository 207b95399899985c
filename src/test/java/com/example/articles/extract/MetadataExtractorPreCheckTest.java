package com.example.articles.extract;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheap pre-checks in front of the byline expressions against the expressions
 * themselves: a pre-check may let through a line the expression then rejects, never the
 * other way round.
 */
class MetadataExtractorPreCheckTest {

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
	void preChecksAreFalseOnlyWhenTheExpressionCannotMatch() {
		Random random = new Random(26);
		for (int round = 0; round < 200_000; round++) {
			String text = Texts.collapse(randomByline(random));
			int cutFrom = MetadataExtractor.BylineScan.bylineCutFrom(text);
			Matcher cut = MetadataExtractor.BYLINE_CUT.matcher(text);
			if (cutFrom < 0) {
				assertThat(cut.find()).as(text).isFalse();
			}
			else if (cut.find()) {
				// no match starts before: the search from there finds the same one
				assertThat(cut.start()).as(text).isGreaterThanOrEqualTo(cutFrom);
			}
			if (!MetadataExtractor.BylineScan.maySplitAuthors(text)) {
				assertThat(MetadataExtractor.AUTHOR_SPLIT.matcher(text).find()).as(text).isFalse();
			}
			if (!MetadataExtractor.BylineScan.mayNameJob(text)) {
				assertThat(MetadataExtractor.JOB_TITLE.matcher(text).find()).as(text).isFalse();
			}
			if (!MetadataExtractor.BylineScan.mayHaveByInside(text)) {
				assertThat(MetadataExtractor.BY_INSIDE.matcher(text).find()).as(text).isFalse();
			}
			if (!MetadataExtractor.BylineScan.mayStartWithByPrefix(text)) {
				assertThat(MetadataExtractor.BY_PREFIX.matcher(text).find()).as(text).isFalse();
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
