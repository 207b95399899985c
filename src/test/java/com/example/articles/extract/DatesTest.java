package com.example.articles.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	@CsvSource({ "November 19, 2019, 9:02 AM", "Updated yesterday", "11:28 AMT November 20, 2019" })
	void datelinesWithoutAKnownZoneGiveNoInstant(String raw) {
		assertThat(Dates.parseDateline(raw)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Published 10:02 AM ET Nov 19, 2019|2019-11-19T15:02:00Z",
					"Posted 9:15 a.m. ET July 4, 2019|2019-07-04T13:15:00Z",
					"Monday November 18, 2019 7:45 am PST by Jane Roe|2019-11-18T15:45:00Z",
					"First published 01:38:07 PM IST Nov 20, 2019|2019-11-20T08:08:07Z",
					"20 November 2019 09:00 (GMT+9)|2019-11-20T00:00:00Z" })
	void zonesNamedByRegionOrOffset(String raw, String expected) {
		assertThat(Dates.parseDateline(raw)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "November 19, 2019, 9:02 AM|2019-11-19|09:02",
					"on Monday, November 18th, 2019 at 11:08 a.m.|2019-11-18|11:08",
					"Posted: Fri 6:45 PM, Feb 16, 2018|2018-02-16|18:45", "November 20 15:23 2019|2019-11-20|15:23",
					"기사입력 :[ 2018-08-25 15:24 ]|2018-08-25|15:24", "입력 2018.09.28 오후 5:32|2018-09-28|17:32",
					"Published 18 November 2019|2019-11-18|", "Nov. 3, 2019|2019-11-03|",
					"Posted: Fri 6:45 PM, Feb 16, 2018 - Updated: Sat 8:31 PM, Feb 17, 2018|2018-02-16|18:45" })
	void printedDatesWithoutZone(String raw, String date, String time) {
		PrintedDate printed = Dates.parsePrinted(raw);
		assertThat(printed).isNotNull();
		assertThat(printed.date()).hasToString(date);
		assertThat(printed.time() != null ? printed.time().toString() : null).isEqualTo(time);
		assertThat(printed.zone()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "Updated Nov 19, 2019 10:02 AM EST", "2 days ago at 07:52 am", "Call 555-1234 at 10:30",
			"Chapter 1990.13.45" })
	void linesThatGiveNoPublicationDate(String raw) {
		assertThat(Dates.parsePrinted(raw)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "01:38:07 PM IST Nov 20, 2019|2019-11-20T08:08:07Z",
			"November 19, 2019 9:02 AM|2019-11-19T09:02:00Z" })
	void printedFormsInMachineReadableSlots(String raw, String expected) {
		assertThat(Dates.parse(raw)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Updated Nov 13, 2019|true", "— LAST UPDATED: 3 May|true", "Modified 2019-11-19|true",
					"edited by the desk|true", "2019.11.19 수정|true", "更新 2019年|true", "Published Nov 19, 2019|false",
					"Upd. 3 May|false", "modify|false", "수|false", "''|false", "Ann Lee, Metro Times|false" })
	void preChecksTheWordsOfAnUpdateLabel(String text, boolean may) {
		assertThat(Dates.mayNameUpdate(text)).isEqualTo(may);
	}

	@ParameterizedTest
	@CsvSource({ "Updated Nov 13, 2019", "'| Last updated: Nov 13, 2019'", "'  MODIFIED 13.11.2019'" })
	void readsAnUpdateLabelOpeningTheLine(String line) {
		assertThat(Dates.isUpdateLine(line)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "Nov 13, 2019", "Ann Lee updated this", "'Published Nov 13, 2019'" })
	void readsNoUpdateLabelElsewhere(String line) {
		assertThat(Dates.isUpdateLine(line)).isFalse();
	}

	private static final String[] LINE_TOKENS = { "Published", "Updated", "Last updated:", "|", ",", ".", "-", "/",
			"Nov", "Nov.", "November", "NOV", "nov", "Sept", "Sept.", "September", "may", "May", "Mayor", "June", "Jul",
			"Dec", "Octo", "Mar", "march", "Janet", "Feb", "Aug", "Apr", "April", "19", "19th", "1st", "2nd", "3rd",
			"31", "0", "2019", "1989", "2101", "2018.08.25", "2018/8/25", "2018-08-25", "2018년 8월 25일", "10:31",
			"10:31 pm", "11:08 a.m.", "15:24", "01:38:07 PM IST", "9:02 AM (GMT+9)", "GMT+5:30", "UTC-3", "CST", "EST",
			"ET", "XYZ", "at", "of", "on", "Monday,", "by Ann Lee", "오후 3:24", "午後3:24", "오전", "午前", "입력", "수정", "更新",
			"\u00A0", "  ", "\u212A", "ı", "ſ", "24:00", "12:60", "13 pm", "2019-02-30", "30 Feb 2019" };

	@Test
	void preChecksTheNumericDateExactly() {
		Pattern yearMonthDay = Pattern
			.compile("(?<![\\d.])(\\d{4})\\s*(?:[-./]|년)\\s*(\\d{1,2})\\s*(?:[-./]|월)\\s*(\\d{1,2})(?![\\d])");
		Random random = new Random(32);
		for (int round = 0; round < 100_000; round++) {
			StringBuilder line = new StringBuilder();
			int length = random.nextInt(6);
			for (int i = 0; i < length; i++) {
				line.append(LINE_TOKENS[random.nextInt(LINE_TOKENS.length)]);
				if (random.nextInt(3) != 0) {
					line.append(random.nextBoolean() ? " " : "\t");
				}
			}
			String text = line.toString();
			if (!Dates.mayHaveYearMonthDay(text)) {
				assertThat(yearMonthDay.matcher(text).find()).as(text).isFalse();
			}
		}
		assertThat(Dates.mayHaveYearMonthDay("2018 .8.25")).isTrue();
		assertThat(Dates.mayHaveYearMonthDay("Nov 19, 2019")).isFalse();
	}

	@Test
	void readsEveryMonthNameAsTheFormatterDid() {
		java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter.ofPattern("MMM",
				java.util.Locale.ROOT);
		String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
		int months = 0;
		for (int a = 0; a < letters.length(); a++) {
			for (int b = 0; b < letters.length(); b++) {
				for (int c = 0; c < letters.length(); c++) {
					String name = "" + letters.charAt(a) + letters.charAt(b) + letters.charAt(c) + "ember";
					Integer expected;
					try {
						expected = formatter
							.parse(name.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
									+ name.substring(1, 3).toLowerCase(java.util.Locale.ROOT))
							.get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
					}
					catch (DateTimeException ex) {
						expected = null;
					}
					if (expected == null) {
						assertThatThrownBy(() -> Dates.month(name)).isInstanceOf(DateTimeException.class);
					}
					else {
						assertThat(Dates.month(name)).as(name).isEqualTo(expected);
						months++;
					}
				}
			}
		}
		// twelve months, each in eight cases
		assertThat(months).isEqualTo(96);
	}

	@Test
	void findsMonthNamesOnlyWhereTheExpressionsMayMatch() {
		// the month names are matched with ASCII case only: no other char stands for a
		// letter
		for (char letter : "janfebmrpyulgsoctvd".toCharArray()) {
			Pattern pattern = Pattern.compile(String.valueOf(letter), Pattern.CASE_INSENSITIVE);
			for (int c = 0; c <= 0xFFFF; c++) {
				if (pattern.matcher(String.valueOf((char) c)).matches()) {
					assertThat(c < 0x80 && (c | 0x20) == letter).isTrue();
				}
			}
		}
		assertThat(Dates.mayNameMonth("Published 2019-11-19 10:31")).isFalse();
		assertThat(Dates.mayNameMonth("19 NOV 2019")).isTrue();
		assertThat(Dates.mayNameMonth("Sep")).isTrue();
		assertThat(Dates.mayNameMonth("Se")).isFalse();
	}

}
