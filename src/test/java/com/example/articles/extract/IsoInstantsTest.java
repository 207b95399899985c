package com.example.articles.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantsTest {

	@Test
	void readsTheCommonForms() {
		assertThat(IsoInstants.parseStrict("2019-11-20T10:31:13Z")).isEqualTo(Instant.parse("2019-11-20T10:31:13Z"));
		assertThat(IsoInstants.parseStrict("2019-11-20T10:31:13+01:00"))
			.isEqualTo(OffsetDateTime.parse("2019-11-20T10:31:13+01:00").toInstant());
		assertThat(IsoInstants.parseStrict("2019-11-20T10:31:13-05:30"))
			.isEqualTo(OffsetDateTime.parse("2019-11-20T10:31:13-05:30").toInstant());
		assertThat(IsoInstants.parseStrict("2019-11-20T10:31:13.250Z"))
			.isEqualTo(Instant.parse("2019-11-20T10:31:13.250Z"));
		assertThat(IsoInstants.parseStrict("2019-11-20T10:31:13.123456789+02:00"))
			.isEqualTo(OffsetDateTime.parse("2019-11-20T10:31:13.123456789+02:00").toInstant());
		assertThat(IsoInstants.parseStrict("2019-11-20T10:31")).isEqualTo(Instant.parse("2019-11-20T10:31:00Z"));
		assertThat(IsoInstants.parseStrict("2019-11-20T10:31:13"))
			.isEqualTo(LocalDateTime.of(2019, 11, 20, 10, 31, 13).toInstant(ZoneOffset.UTC));
		assertThat(IsoInstants.parseStrict("2019-11-20"))
			.isEqualTo(LocalDate.of(2019, 11, 20).atStartOfDay(ZoneOffset.UTC).toInstant());
		assertThat(IsoInstants.parseStrict("2020-02-29")).isEqualTo(Instant.parse("2020-02-29T00:00:00Z"));
	}

	@Test
	void leavesEverythingElseToTheGeneralParser() {
		for (String text : new String[] { "2019-11-20 10:31:13", "2019-11-20T10:31:13+0100", "2019-11-20T10:31:13+01",
				"2019-11-20T10:31:13 UTC", "2019-11-20t10:31", "2019-11-20T24:00", "2019-11-20T10:31:60", "2019-02-30",
				"2019-13-01", "2019-11-20T10:31:13.", "2019-11-20T10:31:13.1234567890Z", "2019-11-20T10:31:13+18:30",
				"2019-11-20T10:31:13+01:00[Europe/Paris]", "20191120", "Nov 20, 2019", "2019-11-20Z",
				"2019-11-20T1:31" }) {
			assertThat(IsoInstants.parseStrict(text)).as(text).isNull();
		}
	}

	@Test
	void agreesWithTheGeneralDateParser() {
		for (String text : new String[] { "2019-11-20T10:31:13Z", "2019-11-20T10:31:13+01:00", "2019-11-20",
				"2019-11-20T10:31", "2019-11-20T10:31:13.5-03:00" }) {
			assertThat(Dates.parse(text)).as(text).isEqualTo(IsoInstants.parseStrict(text));
		}
	}

}
