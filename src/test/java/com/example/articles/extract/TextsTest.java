package com.example.articles.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

	@Test
	void collapseFoldsEveryKindOfSpaceAndDropsInvisibleCharacters() {
		assertThat(Texts.collapse("  a \t\n b\u00A0\u00A0c\u2009d\u3000 ")).isEqualTo("a b c d");
		assertThat(Texts.collapse("invis\u200Bible\uFEFF")).isEqualTo("invisible");
		assertThat(Texts.collapse("a \u200B b")).isEqualTo("a b");
		assertThat(Texts.collapse("\u0001x")).isEqualTo("\u0001x");
		assertThat(Texts.collapse(" \n ")).isEmpty();
		assertThat(Texts.collapse(null)).isEmpty();
	}

	@Test
	void collapseKeepsCharactersThatCarrySpellingOrHyphenation() {
		// Persian: a zero-width non-joiner inside one word
		assertThat(Texts.collapse("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")).contains("\u200C");
		// an emoji family: three emoji joined by zero-width joiners
		assertThat(Texts.collapse("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).hasSize(8);
		// German hyphenation points
		assertThat(Texts.collapse("Donau\u00ADdampf\u00ADschiff")).isEqualTo("Donau\u00ADdampf\u00ADschiff");
	}

	@Test
	void appendCollapsedJoinsAcrossTheBoundary() {
		StringBuilder sb = new StringBuilder("one ");
		Texts.appendCollapsed(sb, "  two\n\nthree ");
		Texts.appendCollapsed(sb, " four");
		assertThat(sb).hasToString("one two three four");
		StringBuilder empty = new StringBuilder();
		Texts.appendCollapsed(empty, "   lead");
		assertThat(empty).hasToString("lead");
	}

	@Test
	void collapsedLengthCountsWhatCollapseKeepsPlusInvisibleCharacters() {
		for (String text : new String[] { "a  b", " a b ", "Grüße,\u00A0Welt\n", "x\u2003\u2003y", "" }) {
			String collapsed = Texts.collapse(text);
			int trailing = text.isEmpty() || !Texts.isSpace(text.charAt(text.length() - 1)) || collapsed.isEmpty() ? 0
					: 1;
			assertThat(Texts.collapsedLength(text)).as(text).isEqualTo(collapsed.length() + trailing);
		}
		assertThat(Texts.collapsedLength("a\u200Bb")).isEqualTo(3);
	}

	@Test
	void measureCountsTheCollapsedLengthAndTellsCollapsedTexts() {
		assertThat(Texts.measure("one two")).isEqualTo(7);
		assertThat(Texts.measure(" one two ")).isEqualTo(8);
		assertThat(Texts.measure("one  two")).isEqualTo(7 | Texts.NOT_COLLAPSED);
		assertThat(Texts.measure("one\ntwo")).isEqualTo(7 | Texts.NOT_COLLAPSED);
		assertThat(Texts.measure("one\u00A0two")).isEqualTo(7 | Texts.NOT_COLLAPSED);
		assertThat(Texts.measure("a\u200Bb")).isEqualTo(3 | Texts.NOT_COLLAPSED | Texts.FROM_U0300);
		assertThat(Texts.measure("")).isZero();
		assertThat(Texts.measure("caf\u00E9")).isEqualTo(4);
		assertThat(Texts.measure("cafe\u0301")).isEqualTo(5 | Texts.FROM_U0300);
		assertThat(Texts.measure("\u65E5\u672C")).isEqualTo(2 | Texts.FROM_U0300);
		// spaces are collapsed away, so they need no composing
		assertThat(Texts.measure("a\u3000b")).isEqualTo(3 | Texts.NOT_COLLAPSED);
	}

	/**
	 * Differential: for texts {@link Texts#measure} finds collapsed, appending them as
	 * they are gives what {@link Texts#appendCollapsed} gives, whatever the builder ends
	 * with; and the length part is always {@link Texts#collapsedLength}.
	 */
	@Test
	void appendCleanAppendsWhatAppendCollapsedAppends() {
		String alphabet = "  ab\u00E9\u03A9\u65E5\n\t\u00A0\u2009\u3000\u200B\uFEFF\u0001\u00AD.";
		java.util.Random random = new java.util.Random(11);
		int collapsed = 0;
		for (int i = 0; i < 200_000; i++) {
			char[] chars = new char[random.nextInt(12)];
			for (int j = 0; j < chars.length; j++) {
				chars[j] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			String text = new String(chars);
			int measured = Texts.measure(text);
			assertThat(measured & ~(Texts.NOT_COLLAPSED | Texts.FROM_U0300)).as(text)
				.isEqualTo(Texts.collapsedLength(text));
			assertThat((measured & Texts.FROM_U0300) != 0).as(text)
				.isEqualTo(text.chars().anyMatch(c -> c >= 0x300 && !Texts.isSpace((char) c)));
			if ((measured & Texts.NOT_COLLAPSED) != 0) {
				continue;
			}
			collapsed++;
			for (String before : new String[] { "", "x", "x ", " " }) {
				StringBuilder expected = new StringBuilder(before);
				Texts.appendCollapsed(expected, text);
				StringBuilder actual = new StringBuilder(before);
				Texts.appendClean(actual, text);
				assertThat(actual).as("[" + before + "] + [" + text + "]").hasToString(expected.toString());
			}
		}
		assertThat(collapsed).isGreaterThan(1000);
	}

	@Test
	void keyLengthIsTheLengthOfTheKey() {
		String alphabet = "aZ09 .,-\u00E9\u00DF\u0130\u03A9\u65E5\u0301\u200B\uD801\uDC00\uD835\uDC00\uD83D\uDE00\uDC00";
		java.util.Random random = new java.util.Random(5);
		for (int i = 0; i < 100_000; i++) {
			char[] chars = new char[random.nextInt(16)];
			for (int j = 0; j < chars.length; j++) {
				chars[j] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			String text = new String(chars);
			assertThat(Texts.keyLength(text)).as(text).isEqualTo(Texts.key(text).length());
		}
		assertThat(Texts.keyLength("Hello, World! 42")).isEqualTo(12);
		assertThat(Texts.keyLength(" ... ")).isZero();
	}

	@Test
	void keyKeepsLettersAndDigitsLowerCased() {
		assertThat(Texts.key("Hello, World! 42")).isEqualTo("helloworld42");
		assertThat(Texts.key("Straße – ÉTÉ 2019")).isEqualTo("straßeété2019");
		assertThat(Texts.key("Ωμέγα")).isEqualTo("ωμέγα");
		assertThat(Texts.key("𝐀b"))
			.isEqualTo("𝐀b".toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
		assertThat(Texts.key("日本語のテキスト")).isEqualTo("日本語のテキスト");
		assertThat(Texts.key(" ... ")).isEmpty();
		assertThat(Texts.key(null)).isEmpty();
	}

	@Test
	void spacesAndInvisibleCharacters() {
		assertThat(Texts.isSpace(' ')).isTrue();
		assertThat(Texts.isSpace('\u000B')).isTrue();
		assertThat(Texts.isSpace('\u202F')).isTrue();
		assertThat(Texts.isSpace('a')).isFalse();
		assertThat(Texts.isSpace('\u00AD')).isFalse();
		assertThat(Texts.isInvisible('\u200B')).isTrue();
		assertThat(Texts.isInvisible('\uFEFF')).isTrue();
		assertThat(Texts.isInvisible('-')).isFalse();
	}

	@Test
	void keyLowerCasesLettersAndDigitsOfEveryScript() {
		assertThat(Texts.key("Héllo, Wörld! 42")).isEqualTo("héllowörld42");
		assertThat(Texts.key("ÀÉÎ – Straße")).isEqualTo("àéîstraße");
		assertThat(Texts.key("\uD801\uDC00x")).isEqualTo("\uD801\uDC28x");
		assertThat(Texts.key("日本語 テキスト")).isEqualTo("日本語テキスト");
		assertThat(Texts.key("— …")).isEmpty();
	}

	@Test
	void keyMatchesTheCodePointDefinitionOnRandomText() {
		java.util.Random random = new java.util.Random(7);
		char[] alphabet = "aZ9 ,.-éÉßİıΣσςЖж日\u00A0\u200B\u2160\u00B2".toCharArray();
		for (int round = 0; round < 20_000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				int pick = random.nextInt(alphabet.length + 3);
				if (pick < alphabet.length) {
					text.append(alphabet[pick]);
				}
				else if (pick == alphabet.length) {
					text.appendCodePoint(0x10400 + random.nextInt(0x50));
				}
				else if (pick == alphabet.length + 1) {
					text.append((char) (0xD800 + random.nextInt(0x800)));
				}
				else {
					text.append((char) random.nextInt(0x3000));
				}
			}
			String value = text.toString();
			assertThat(Texts.key(value)).as(value).isEqualTo(referenceKey(value));
		}
	}

	/** The definition: every letter or digit code point, lower-cased. */
	private static String referenceKey(String text) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			int cp = text.codePointAt(i);
			if (Character.isLetterOrDigit(cp)) {
				sb.appendCodePoint(Character.toLowerCase(cp));
			}
			if (Character.isSupplementaryCodePoint(cp)) {
				i++;
			}
		}
		return sb.toString();
	}

}
