package com.example.articles.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parses the date forms pages put in metadata into UTC instants: ISO 8601 with or without
 * offset, zone id, seconds, fraction or "T"; offsets as +0100 or +01; RFC 1123; epoch
 * seconds or millis; and the forms pages print for readers ({@link #parsePrinted}). A
 * date without time is the start of that day in UTC; a local time without offset is taken
 * as UTC.
 */
final class Dates {

	private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.optionalStart()
		.appendLiteral('T')
		.appendValue(ChronoField.HOUR_OF_DAY, 2)
		.appendLiteral(':')
		.appendValue(ChronoField.MINUTE_OF_HOUR, 2)
		.optionalStart()
		.appendLiteral(':')
		.appendValue(ChronoField.SECOND_OF_MINUTE, 2)
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.optionalEnd()
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendLiteral('[')
		.appendZoneRegionId()
		.appendLiteral(']')
		.optionalEnd()
		.optionalEnd()
		.toFormatter(Locale.ROOT);

	private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T]+(\\d{1,2}:\\d{2})");

	private static final Pattern OFFSET = Pattern.compile("(?:\\s*(?:UTC|GMT))?([+-])(\\d{2}):?(\\d{2})?$");

	private static final Pattern ZONE_SUFFIX = Pattern.compile("\\s*(?:UTC|GMT|Z)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");

	private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

	private Dates() {
	}

	/**
	 * Before this, a "date" is a placeholder ("0001-01-01T00:00:00Z"), not a publication.
	 */
	private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

	/** "Tue Nov 19 2019 03:05:46 GMT+0000": JavaScript's Date.toString(). */
	private static final Pattern JS_DATE = Pattern.compile(
			"^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{4}) (\\d{2}:\\d{2}:\\d{2}) (?:GMT|UTC)([+-]\\d{2}):?(\\d{2}).*$");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ROOT);

	private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

	/** "November 18th, 2019", "Nov. 19 2019", "November 20 15:23 2019". */
	// mayNameMonth must let through every text this matches: change the two together
	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
			"\\b" + MONTH_NAME + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b,?\\s+(?:\\d{1,2}:\\d{2}\\s+)?(\\d{4})\\b",
			Pattern.CASE_INSENSITIVE);

	/** "18 November 2019", "20th Nov, 2019". */
	// mayNameMonth must let through every text this matches: change the two together
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
			"\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH_NAME + "\\b\\.?,?\\s+(\\d{4})\\b",
			Pattern.CASE_INSENSITIVE);

	/** "2018-08-25", "2018.08.25", "2018/8/25", "2018년 8월 25일". */
	// mayHaveYearMonthDay must let through every text this matches: change the two
	// together
	private static final Pattern YEAR_MONTH_DAY = Pattern
		.compile("(?<![\\d.])(\\d{4})\\s*(?:[-./]|년)\\s*(\\d{1,2})\\s*(?:[-./]|월)\\s*(\\d{1,2})(?![\\d])");

	/**
	 * "10:31 pm CST", "11:08 a.m.", "15:24", "01:38:07 PM IST", "9:02 AM (GMT+9)". The
	 * zone is a word in capitals or a GMT/UTC offset right after the time.
	 */
	private static final Pattern TIME = Pattern.compile(
			"(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d])" + "(?:\\s*([ap])\\.?\\s?m\\b\\.?)?"
					+ "(?:\\s*\\(?\\s*((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|(?-i:[A-Z]{2,5}))\\b\\)?)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ZONE_OFFSET = Pattern.compile("(?:GMT|UTC)\\s*([+-])\\s*(\\d{1,2}):?(\\d{2})?",
			Pattern.CASE_INSENSITIVE);

	/** What follows is the modification, not the publication. */
	// mayNameUpdate must let through every text this matches: change the two together
	private static final Pattern UPDATED = Pattern.compile("\\b(?:last\\s+)?(?:updated?|modified|edited)\\b|수정|更新",
			Pattern.CASE_INSENSITIVE);

	/** A time printed this far from the date belongs to it. */
	private static final int TIME_REACH = 30;

	/**
	 * Zone abbreviations that name one zone. Ambiguous ones (AST, AMT, CST as China) are
	 * left out, except IST, read as India Standard Time (by far its most common use on
	 * English-language news pages; Irish and Israeli pages print IST far less often). The
	 * US regional names without S/D (ET, CT, MT, PT) follow daylight saving on the date.
	 */
	private static final Map<String, ZoneId> ZONES = zones();

	private static Map<String, ZoneId> zones() {
		Map<String, ZoneId> zones = new HashMap<>();
		String[][] fixed = { { "EST", "-05:00" }, { "EDT", "-04:00" }, { "CST", "-06:00" }, { "CDT", "-05:00" },
				{ "MST", "-07:00" }, { "MDT", "-06:00" }, { "PST", "-08:00" }, { "PDT", "-07:00" },
				{ "AKST", "-09:00" }, { "AKDT", "-08:00" }, { "HST", "-10:00" }, { "GMT", "Z" }, { "UTC", "Z" },
				{ "BST", "+01:00" }, { "WET", "Z" }, { "WEST", "+01:00" }, { "CET", "+01:00" }, { "CEST", "+02:00" },
				{ "EET", "+02:00" }, { "EEST", "+03:00" }, { "MSK", "+03:00" }, { "IST", "+05:30" },
				{ "PKT", "+05:00" }, { "WIB", "+07:00" }, { "SGT", "+08:00" }, { "HKT", "+08:00" }, { "PHT", "+08:00" },
				{ "AWST", "+08:00" }, { "KST", "+09:00" }, { "JST", "+09:00" }, { "ACST", "+09:30" },
				{ "AEST", "+10:00" }, { "AEDT", "+11:00" }, { "NZST", "+12:00" }, { "NZDT", "+13:00" },
				{ "WAT", "+01:00" }, { "CAT", "+02:00" }, { "SAST", "+02:00" }, { "EAT", "+03:00" } };
		for (String[] zone : fixed) {
			zones.put(zone[0], ZoneOffset.of(zone[1]));
		}
		zones.put("ET", ZoneId.of("America/New_York"));
		zones.put("CT", ZoneId.of("America/Chicago"));
		zones.put("MT", ZoneId.of("America/Denver"));
		zones.put("PT", ZoneId.of("America/Los_Angeles"));
		return Map.copyOf(zones);
	}

	/**
	 * True when the line is labelled as the modification ("Updated Nov 13, 2019", "Last
	 * updated: ...").
	 */
	static boolean isUpdateLine(String line) {
		if (!mayNameUpdate(line)) {
			return false;
		}
		Matcher updated = UPDATED.matcher(line);
		if (!updated.find()) {
			return false;
		}
		// the label opens the line ("Updated", "| Last updated:")
		for (int i = 0; i < updated.start(); i++) {
			if (Character.isLetterOrDigit(line.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * False when {@link #UPDATED} cannot match: the text holds none of its words
	 * ("updat", "modified", "edited" in any case, or the Korean and Chinese labels).
	 * Nearly every line fails this scan, which is much cheaper than a failed search.
	 */
	static boolean mayNameUpdate(String text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				int lower = c | 0x20;
				// the second letter first (ASCII case, as the expression reads): most
				// words with an e, m or u go no further
				int second = i + 1 < length ? text.charAt(i + 1) | 0x20 : 0;
				if (lower == 'u' && second == 'p' && text.regionMatches(true, i, "updat", 0, 5)
						|| lower == 'm' && second == 'o' && text.regionMatches(true, i, "modified", 0, 8)
						|| lower == 'e' && second == 'd' && text.regionMatches(true, i, "edited", 0, 6)) {
					return true;
				}
			}
			else if ((c == '수' || c == '更') && i + 1 < length) {
				char next = text.charAt(i + 1);
				if (c == '수' && next == '정' || c == '更' && next == '新') {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A printed dateline with an explicit zone as an instant ("Published 10:02 AM EST Nov
	 * 19, 2019"), or null when the line gives no time or no zone.
	 */
	static @Nullable Instant parseDateline(@Nullable String raw) {
		PrintedDate printed = parsePrinted(raw);
		return printed != null && printed.isInstant() ? printed.toInstant(ZoneOffset.UTC) : null;
	}

	/**
	 * The publication date a short printed line gives: the first date (month name, day
	 * and year in either order, or year-month-day with any separator), the time printed
	 * next to it, and the zone after the time. What follows "Updated" is ignored; a line
	 * that starts with the update gives nothing.
	 */
	static @Nullable PrintedDate parsePrinted(@Nullable String raw) {
		if (raw == null || raw.length() > 300 || raw.length() < 6 || !hasYear(raw)) {
			return null;
		}
		String text = raw;
		if (mayNameUpdate(text)) {
			Matcher updated = UPDATED.matcher(text);
			if (updated.find()) {
				text = text.substring(0, updated.start());
			}
		}
		int dateStart = Integer.MAX_VALUE;
		int dateEnd = 0;
		LocalDate date = null;
		// the two forms with a month name cannot match a line without one, the numeric
		// one not without four digits and a separator
		Pattern[] patterns = mayNameMonth(text) ? ALL_DATE_FORMS : NUMERIC_DATE_FORMS;
		boolean numeric = mayHaveYearMonthDay(text);
		for (Pattern pattern : patterns) {
			if (pattern == YEAR_MONTH_DAY && !numeric) {
				continue;
			}
			Matcher m = pattern.matcher(text);
			if (m.find() && m.start() < dateStart) {
				LocalDate found = date(pattern, m);
				if (found != null) {
					date = found;
					dateStart = m.start();
					dateEnd = m.end();
				}
			}
		}
		if (date == null) {
			return null;
		}
		Matcher time = TIME.matcher(text);
		MatchResult best = null;
		int bestDistance = TIME_REACH + 1;
		// a time has a colon
		boolean colon = text.indexOf(':') >= 0;
		while (colon && time.find()) {
			int distance = time.start() >= dateStart ? Math.max(0, time.start() - dateEnd)
					: Math.max(0, dateStart - time.end());
			if (distance < bestDistance) {
				bestDistance = distance;
				best = time.toMatchResult();
			}
		}
		if (best == null) {
			return new PrintedDate(date, null, null);
		}
		LocalTime clock = time(best, text);
		if (clock == null) {
			return new PrintedDate(date, null, null);
		}
		return new PrintedDate(date, clock, zone(best.group(5)));
	}

	private static final Pattern[] ALL_DATE_FORMS = { MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY };

	private static final Pattern[] NUMERIC_DATE_FORMS = { YEAR_MONTH_DAY };

	/**
	 * False when the text holds none of the twelve three-letter month prefixes ("jan" to
	 * "dec" in any case) that {@link #MONTH_NAME} starts with.
	 */
	static boolean mayNameMonth(String text) {
		int last = text.length() - 3;
		for (int i = 0; i <= last; i++) {
			boolean found = switch (text.charAt(i) | 0x20) {
				case 'j' -> startsWith(text, i, "jan") || startsWith(text, i, "jun") || startsWith(text, i, "jul");
				case 'f' -> startsWith(text, i, "feb");
				case 'm' -> startsWith(text, i, "mar") || startsWith(text, i, "may");
				case 'a' -> startsWith(text, i, "apr") || startsWith(text, i, "aug");
				case 's' -> startsWith(text, i, "sep");
				case 'o' -> startsWith(text, i, "oct");
				case 'n' -> startsWith(text, i, "nov");
				case 'd' -> startsWith(text, i, "dec");
				default -> false;
			};
			if (found) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Case-insensitive: the expressions compare ASCII case only, regionMatches at least
	 * that.
	 */
	private static boolean startsWith(String text, int at, String word) {
		return text.regionMatches(true, at, word, 0, word.length());
	}

	/**
	 * False when {@link #YEAR_MONTH_DAY} cannot match: it needs four ASCII digits, then
	 * spaces or none, then one of - . / 년.
	 */
	static boolean mayHaveYearMonthDay(String text) {
		int length = text.length();
		int run = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				run++;
				continue;
			}
			if (run >= 4) {
				int j = i;
				while (j < length && isRegexSpace(text.charAt(j))) {
					j++;
				}
				if (j < length) {
					char separator = text.charAt(j);
					if (separator == '-' || separator == '.' || separator == '/' || separator == '년') {
						return true;
					}
				}
			}
			run = 0;
		}
		return false;
	}

	/** What {@code \\s} matches (no Unicode character classes). */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** Four digits in a row: every date form read here has a year. */
	private static boolean hasYear(String text) {
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				if (++run == 4) {
					return true;
				}
			}
			else {
				run = 0;
			}
		}
		return false;
	}

	private static @Nullable LocalDate date(Pattern pattern, Matcher m) {
		try {
			int year;
			int month;
			int day;
			if (pattern == MONTH_DAY_YEAR) {
				month = month(m.group(1));
				day = Integer.parseInt(m.group(2));
				year = Integer.parseInt(m.group(3));
			}
			else if (pattern == DAY_MONTH_YEAR) {
				day = Integer.parseInt(m.group(1));
				month = month(m.group(2));
				year = Integer.parseInt(m.group(3));
			}
			else {
				year = Integer.parseInt(m.group(1));
				month = Integer.parseInt(m.group(2));
				day = Integer.parseInt(m.group(3));
			}
			if (year < 1990 || year > 2100) {
				return null;
			}
			return LocalDate.of(year, month, day);
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The month of a name {@link #MONTH_NAME} matched (ASCII letters: the expressions
	 * have no Unicode case), by its first three letters.
	 */
	static int month(String name) {
		int a = name.charAt(0) | 0x20;
		int b = name.charAt(1) | 0x20;
		int c = name.charAt(2) | 0x20;
		switch (a) {
			case 'j':
				if (b == 'a' && c == 'n') {
					return 1;
				}
				if (b == 'u' && c == 'n') {
					return 6;
				}
				if (b == 'u' && c == 'l') {
					return 7;
				}
				break;
			case 'f':
				if (b == 'e' && c == 'b') {
					return 2;
				}
				break;
			case 'm':
				if (b == 'a' && c == 'r') {
					return 3;
				}
				if (b == 'a' && c == 'y') {
					return 5;
				}
				break;
			case 'a':
				if (b == 'p' && c == 'r') {
					return 4;
				}
				if (b == 'u' && c == 'g') {
					return 8;
				}
				break;
			case 's':
				if (b == 'e' && c == 'p') {
					return 9;
				}
				break;
			case 'o':
				if (b == 'c' && c == 't') {
					return 10;
				}
				break;
			case 'n':
				if (b == 'o' && c == 'v') {
					return 11;
				}
				break;
			case 'd':
				if (b == 'e' && c == 'c') {
					return 12;
				}
				break;
			default:
				break;
		}
		// as the formatter did for what is no month
		throw new DateTimeParseException("no month: " + name, name, 0);
	}

	private static @Nullable LocalTime time(MatchResult m, String text) {
		int hour = Integer.parseInt(m.group(1));
		int minute = Integer.parseInt(m.group(2));
		int second = m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
		String ampm = m.group(4);
		// Korean and Japanese print the half of the day before the time: 오후 3:24, 午後3:24
		String before = text.substring(Math.max(0, m.start() - 4), m.start());
		boolean pm = ampm != null ? Character.toLowerCase(ampm.charAt(0)) == 'p'
				: before.contains("오후") || before.contains("午後");
		boolean halfDay = ampm != null || pm || before.contains("오전") || before.contains("午前");
		if (halfDay) {
			if (hour < 1 || hour > 12) {
				return null;
			}
			hour = hour % 12 + (pm ? 12 : 0);
		}
		if (hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		return LocalTime.of(hour, minute, second);
	}

	private static @Nullable ZoneId zone(@Nullable String name) {
		if (name == null) {
			return null;
		}
		Matcher offset = ZONE_OFFSET.matcher(name);
		if (offset.matches()) {
			int hours = Integer.parseInt(offset.group(2));
			int minutes = offset.group(3) != null ? Integer.parseInt(offset.group(3)) : 0;
			if (hours > 14 || minutes > 59) {
				return null;
			}
			int sign = offset.group(1).equals("-") ? -1 : 1;
			return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
		}
		return ZONES.get(name.toUpperCase(Locale.ROOT));
	}

	static @Nullable Instant parse(@Nullable String raw) {
		Instant instant = parseAny(raw);
		return instant != null && instant.isBefore(EARLIEST) ? null : instant;
	}

	/** True when the value carries no time of day ("2019-11-18"). */
	static boolean isDateOnly(@Nullable String raw) {
		return raw != null && COMPACT_DATE.matcher(raw.strip()).matches() || raw != null && raw.strip().length() == 10;
	}

	private static @Nullable Instant parseAny(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String text = raw.strip();
		if (text.isEmpty() || text.length() > 64) {
			return null;
		}
		Instant strict = IsoInstants.parseStrict(text);
		if (strict != null) {
			// the common form, read without the expressions below (none of them matches
			// it)
			return strict;
		}
		return parseGeneral(text);
	}

	/**
	 * {@link #parseAny} without the hand parser for the common form: the expressions and
	 * formatters, for any stripped value of at most 64 chars.
	 */
	static @Nullable Instant parseGeneral(String stripped) {
		String text = stripped;
		if (EPOCH.matcher(text).matches()) {
			long value = Long.parseLong(text);
			return text.length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
		}
		Matcher compact = COMPACT_DATE.matcher(text);
		if (compact.matches()) {
			text = compact.group(1) + '-' + compact.group(2) + '-' + compact.group(3);
		}
		Matcher js = JS_DATE.matcher(text);
		if (js.matches()) {
			try {
				int month = MONTH
					.parse(js.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
							+ js.group(1).substring(1).toLowerCase(Locale.ROOT))
					.get(ChronoField.MONTH_OF_YEAR);
				text = String.format(Locale.ROOT, "%s-%02d-%02dT%s%s:%s", js.group(3), month,
						Integer.parseInt(js.group(2)), js.group(4), js.group(5), js.group(6));
			}
			catch (DateTimeParseException ex) {
				return null;
			}
			// now in the common form (unless the date is impossible)
			Instant strict = IsoInstants.parseStrict(text);
			if (strict != null) {
				return strict;
			}
		}
		Instant iso = parseIso(text);
		if (iso != null) {
			return iso;
		}
		try {
			return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			// a printed form in a machine-readable slot ("01:38:07 PM IST Nov 20, 2019")
			PrintedDate printed = parsePrinted(text);
			return printed != null ? printed.toInstant(ZoneOffset.UTC) : null;
		}
	}

	private static @Nullable Instant parseIso(String raw) {
		String text = raw;
		Matcher time = SPACE_BEFORE_TIME.matcher(text);
		if (time.find()) {
			String hour = time.group(2).length() == 4 ? "0" + time.group(2) : time.group(2);
			text = time.group(1) + 'T' + hour + text.substring(time.end());
		}
		if (text.length() > 10) {
			text = ZONE_SUFFIX.matcher(text).replaceFirst("Z");
			Matcher offset = OFFSET.matcher(text);
			if (offset.find() && text.indexOf('T') > 0 && offset.start() > text.indexOf('T')) {
				String minutes = offset.group(3) != null ? offset.group(3) : "00";
				text = text.substring(0, offset.start()) + offset.group(1) + offset.group(2) + ':' + minutes;
			}
		}
		try {
			TemporalAccessor parsed = ISO.parseBest(text, ZonedDateTime::from, OffsetDateTime::from,
					LocalDateTime::from, LocalDate::from);
			if (parsed instanceof ZonedDateTime zoned) {
				return zoned.toInstant();
			}
			if (parsed instanceof OffsetDateTime offsetDateTime) {
				return offsetDateTime.toInstant();
			}
			if (parsed instanceof LocalDateTime local) {
				return local.toInstant(ZoneOffset.UTC);
			}
			if (parsed instanceof LocalDate date) {
				return date.atStartOfDay(ZoneOffset.UTC).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			return null;
		}
		return null;
	}

}
