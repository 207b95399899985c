package com.example.articles.fingerprint;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

	@Test
	void asciiAndTypographicPunctuationArePlain() {
		assertThat(PlainText.isPlain("Plain ASCII, 42 words.")).isTrue();
		assertThat(PlainText.isPlain("\u201cQuoted\u201d \u2018too\u2019 \u2013 and \u2014 more\u2026\u00a0")).isTrue();
		assertThat(PlainText.isPlain("")).isTrue();
	}

	@Test
	void lettersBeyondAsciiAreNot() {
		assertThat(PlainText.isPlain("caf\u00e9")).isFalse();
		assertThat(PlainText.isPlain("Stra\u00dfe")).isFalse();
		assertThat(PlainText.isPlain("\uff21")).isFalse();
	}

	@Test
	void plainPunctuationIsNoLetterOrDigitAfterNormalizing() {
		for (char c : "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026".toCharArray()) {
			String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
			assertThat(folded.codePoints().noneMatch(Character::isLetterOrDigit)).as("U+%04X", (int) c).isTrue();
		}
	}

}
