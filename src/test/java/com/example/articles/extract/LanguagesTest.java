package com.example.articles.extract;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

	@ParameterizedTest
	@CsvSource({ "en,en", "EN,en", "en_GB,en-GB", "en-us,en-US", "'de-DE, en',de-DE", "pl-PL,pl-PL", "fr,fr" })
	void normalizesToBcp47(String raw, String expected) {
		assertThat(Languages.normalize(raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "''", "english language", "x" })
	void rejectsWhatIsNotATag(String raw) {
		assertThat(Languages.normalize(raw)).isNull();
	}

	@Test
	void givesWhatTheUncachedReadingGivesWhenCachedToo() {
		Random random = new Random(42);
		String[] parts = { "en", "EN", "de", "pt", "zh", "iw", "he", "in", "ji", "no", "nb", "sr", "x", "i", "art",
				"lojban", "-", "_", "US", "gb", "Latn", "hant", "419", "1996", "u", "ca", "buddhist", "x", "private",
				",", ";", " ", "q=0.9", "und", "", "toolongtag", "klingon", "zz" };
		for (int round = 0; round < 20_000; round++) {
			StringBuilder raw = new StringBuilder();
			int length = random.nextInt(6);
			for (int i = 0; i < length; i++) {
				raw.append(parts[random.nextInt(parts.length)]);
			}
			String text = raw.toString();
			String expected = Languages.parse(text);
			assertThat(Languages.normalize(text)).as(text).isEqualTo(expected);
			assertThat(Languages.normalize(text)).as(text).isEqualTo(expected);
		}
	}

}
