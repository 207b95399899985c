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
			"Tue, 19 Nov 2019 13:16:49 GMT|2019-11-19T13:16:49Z", "1574169409|2019-11-19T13:16:49Z",
			"Tue Nov 19 2019 03:05:46 GMT+0000|2019-11-19T03:05:46Z",
			"Tue Nov 19 2019 03:05:46 GMT-0500 (Eastern Standard Time)|2019-11-19T08:05:46Z" })
	void parsesCommonForms(String raw, String expected) {
		assertThat(Dates.parse(raw)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@CsvSource({ "yesterday", "19/11/2019 maybe", "''", "0001-01-01T00:00:00Z" })
	void rejectsWhatIsNotADate(String raw) {
		assertThat(Dates.parse(raw)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Published 10:02 AM EST Nov 19, 2019|2019-11-19T15:02:00Z",
					"Published 7:07 p.m. PDT Nov. 19, 2019|2019-11-20T02:07:00Z",
					"Nov 19, 2019, 10:31 pm CST|2019-11-20T04:31:00Z",
					"November 18, 2019 at 2:26 PM HST|2019-11-19T00:26:00Z" })
	void parsesPrintedDatelinesWithAZone(String raw, String expected) {
		assertThat(Dates.parseDateline(raw)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@CsvSource({ "Published 10:02 AM ET Nov 19, 2019", "November 19, 2019, 9:02 AM", "Updated yesterday" })
	void datelinesWithoutAKnownZoneGiveNothing(String raw) {
		assertThat(Dates.parseDateline(raw)).isNull();
	}

}
