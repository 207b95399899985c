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

	static @Nullable Instant parse(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String text = raw.strip();
		if (text.isEmpty() || text.length() > 64) {
			return null;
		}
		if (EPOCH.matcher(text).matches()) {
			long value = Long.parseLong(text);
			return text.length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
		}
		Matcher compact = COMPACT_DATE.matcher(text);
		if (compact.matches()) {
			text = compact.group(1) + '-' + compact.group(2) + '-' + compact.group(3);
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
