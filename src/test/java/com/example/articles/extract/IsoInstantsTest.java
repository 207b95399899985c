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
		assertThat(IsoInstants.parseStrict("2019-11-20 10:31:13"))
			.isEqualTo(LocalDateTime.of(2019, 11, 20, 10, 31, 13).toInstant(ZoneOffset.UTC));
		assertThat(IsoInstants.parseStrict("2019-11-20T10:31:13+0100"))
			.isEqualTo(OffsetDateTime.parse("2019-11-20T10:31:13+01:00").toInstant());
		assertThat(IsoInstants.parseStrict("2019-11-20 10:31-0530"))
			.isEqualTo(OffsetDateTime.parse("2019-11-20T10:31-05:30").toInstant());
	}

	@Test
	void leavesEverythingElseToTheGeneralParser() {
		for (String text : new String[] { "2019-11-20  10:31:13", "2019-11-20T10:31:13+010", "2019-11-20T10:31:13+01",
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

	@Test
	void agreesWithTheGeneralDateParserOnGeneratedValues() {
		String[] dates = { "2019-11-20", "2020-02-29", "2019-02-29", "2019-13-01", "2019-00-10", "2019-04-31",
				"1999-12-31", "2019-11-00" };
		String[] separators = { "T", " ", "t", "  ", "" };
		String[] times = { "10:31", "00:00", "23:59:59", "24:00", "10:60", "10:31:60", "9:31", "10:31:13.5",
				"10:31:13.123456789", "10:31:13.", "10:31:13.1234567890", "10:31:13,5" };
		String[] zones = { "", "Z", "z", "+01:00", "-05:30", "+0100", "-0530", "+01", "+18:00", "+1800", "+18:30",
				"+1830", "+19:00", "+0160", "+01:60", " UTC", " GMT", "GMT+0100", "+010", "+01000", "-00:00", "-0000",
				"[Europe/Paris]", "+01:00[Europe/Paris]" };
		int compared = 0;
		for (String date : dates) {
			if (IsoInstants.parseStrict(date) != null) {
				assertThat(IsoInstants.parseStrict(date)).as(date).isEqualTo(Dates.parseGeneral(date));
			}
			for (String separator : separators) {
				for (String time : times) {
					for (String zone : zones) {
						String text = date + separator + time + zone;
						Instant strict = IsoInstants.parseStrict(text);
						if (strict != null) {
							assertThat(strict).as(text).isEqualTo(Dates.parseGeneral(text));
							compared++;
						}
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(250);
	}

}
