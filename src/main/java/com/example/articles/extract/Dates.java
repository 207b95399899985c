package com.example.articles.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parses the date forms pages put in metadata into UTC instants: ISO 8601 with or without
 * offset, zone id, seconds, fraction or "T"; offsets as +0100 or +01; RFC 1123; epoch
 * seconds or millis. A date without time is the start of that day in UTC; a local time
 * without offset is taken as UTC.
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

	/**
	 * A printed dateline with an explicit North American or European zone: "Published
	 * 10:02 AM EST Nov 19, 2019", "Nov 19, 2019, 10:31 pm CST". Zones that name no offset
	 * by themselves ("ET", which is EST or EDT) give nothing.
	 */
	private static final Pattern DATELINE_TIME_FIRST = Pattern.compile(
			"(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?\\s+([A-Z]{3,4})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DATELINE_DATE_FIRST = Pattern.compile(
			"([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}),?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?\\s+([A-Z]{3,4})\\b",
			Pattern.CASE_INSENSITIVE);

	private static final java.util.Map<String, String> ZONES = java.util.Map.ofEntries(
			java.util.Map.entry("EST", "-05:00"), java.util.Map.entry("EDT", "-04:00"),
			java.util.Map.entry("CST", "-06:00"), java.util.Map.entry("CDT", "-05:00"),
			java.util.Map.entry("MST", "-07:00"), java.util.Map.entry("MDT", "-06:00"),
			java.util.Map.entry("PST", "-08:00"), java.util.Map.entry("PDT", "-07:00"),
			java.util.Map.entry("HST", "-10:00"), java.util.Map.entry("GMT", "Z"), java.util.Map.entry("UTC", "Z"),
			java.util.Map.entry("BST", "+01:00"), java.util.Map.entry("CET", "+01:00"),
			java.util.Map.entry("CEST", "+02:00"));

	static @Nullable Instant parseDateline(@Nullable String raw) {
		if (raw == null || raw.length() > 200) {
			return null;
		}
		Matcher m = DATELINE_TIME_FIRST.matcher(raw);
		if (m.find()) {
			return dateline(m.group(5), m.group(6), m.group(7), m.group(1), m.group(2), m.group(3), m.group(4));
		}
		m = DATELINE_DATE_FIRST.matcher(raw);
		if (m.find()) {
			return dateline(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
		}
		return null;
	}

	private static @Nullable Instant dateline(String month, String day, String year, String hour, String minute,
			String ampm, String zone) {
		String offset = ZONES.get(zone.toUpperCase(Locale.ROOT));
		if (offset == null) {
			return null;
		}
		try {
			int monthValue = MONTH
				.parse(month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1, 3).toLowerCase(Locale.ROOT))
				.get(ChronoField.MONTH_OF_YEAR);
			int h = Integer.parseInt(hour) % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
			return parse(String.format(Locale.ROOT, "%s-%02d-%02dT%02d:%s%s", year, monthValue, Integer.parseInt(day),
					h, minute, offset));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return null;
		}
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
		}
		Instant iso = parseIso(text);
		if (iso != null) {
			return iso;
		}
		try {
			return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
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
