package com.example.articles.extract;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2019-11-19T13:16:49Z|2019-11-19T13:16:49Z",
			"2019-11-19T13:16:49+0000|2019-11-19T13:16:49Z", "2019-11-19T13:16:49+01:00|2019-11-19T12:16:49Z",
			"2019-11-19T13:16:49.123-05:00|2019-11-19T18:16:49.123Z", "2019-11-19T13:16+02|2019-11-19T11:16:00Z",
			"2019-11-19 13:16:49|2019-11-19T13:16:49Z", "2019-11-19|2019-11-19T00:00:00Z",
			"20191119|2019-11-19T00:00:00Z", "2019-11-19T13:16:49 GMT|2019-11-19T13:16:49Z",
			"2019-11-19T13:16:49+01:00[Europe/Paris]|2019-11-19T12:16:49Z",
			"Tue, 19 Nov 2019 13:16:49 GMT|2019-11-19T13:16:49Z", "1574169409|2019-11-19T13:16:49Z" })
	void parsesCommonForms(String raw, String expected) {
		assertThat(Dates.parse(raw)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@CsvSource({ "yesterday", "19/11/2019 maybe", "''" })
	void rejectsWhatIsNotADate(String raw) {
		assertThat(Dates.parse(raw)).isNull();
	}

}
