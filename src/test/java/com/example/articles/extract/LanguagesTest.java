package com.example.articles.extract;

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

}
