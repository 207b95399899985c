package com.example.articles.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Reads the one date form most pages use in their metadata, {@code 2019-11-20},
 * {@code 2019-11-20T10:31}, {@code 2019-11-20T10:31:13} (or a space for the {@code T}),
 * with an optional fraction of seconds and an optional {@code Z}, {@code +01:00} or
 * {@code +0100}, by hand: the general date parser (regular expressions, then a formatter
 * with optional sections and {@code parseBest}) costs tens of microseconds a value. Gives
 * the instant the general parser gives, or null when the text is not exactly of this form
 * (the caller then asks the general parser). A date alone is the start of its day in UTC,
 * a time without offset is UTC. Stateless; thread-safe.
 */
final class IsoInstants {

	private IsoInstants() {
	}

	static @Nullable Instant parseStrict(String text) {
		int length = text.length();
		if (length < 10 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2) || text.charAt(7) != '-'
				|| !digits(text, 8, 2)) {
			return null;
		}
		int year = number(text, 0, 4);
		int month = number(text, 5, 2);
		int day = number(text, 8, 2);
		if (month < 1 || month > 12 || day < 1 || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
			// impossible dates are the general parser's business (it may adjust them)
			return null;
		}
		if (length == 10) {
			return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		if (length < 16 || text.charAt(10) != 'T' && text.charAt(10) != ' ' || !digits(text, 11, 2)
				|| text.charAt(13) != ':' || !digits(text, 14, 2)) {
			return null;
		}
		int hour = number(text, 11, 2);
		int minute = number(text, 14, 2);
		int second = 0;
		int nanos = 0;
		int i = 16;
		if (i < length && text.charAt(i) == ':') {
			if (i + 3 > length || !digits(text, i + 1, 2)) {
				return null;
			}
			second = number(text, i + 1, 2);
			i += 3;
			if (i < length && text.charAt(i) == '.') {
				int start = ++i;
				while (i < length && i - start < 10 && isDigit(text.charAt(i))) {
					i++;
				}
				int count = i - start;
				if (count == 0 || count > 9) {
					return null;
				}
				nanos = number(text, start, count);
				for (int k = count; k < 9; k++) {
					nanos *= 10;
				}
			}
		}
		if (hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		ZoneOffset offset = ZoneOffset.UTC;
		if (i < length) {
			char sign = text.charAt(i);
			if (sign == 'Z' && i + 1 == length) {
				offset = ZoneOffset.UTC;
			}
			else if ((sign == '+' || sign == '-') && digits(text, i + 1, 2)
					&& (i + 6 == length && text.charAt(i + 3) == ':' && digits(text, i + 4, 2)
							|| i + 5 == length && digits(text, i + 3, 2))) {
				int hours = number(text, i + 1, 2);
				int minutes = number(text, length - 2, 2);
				if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
					return null;
				}
				try {
					offset = sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
							: ZoneOffset.ofHoursMinutes(-hours, -minutes);
				}
				catch (DateTimeException ex) {
					return null;
				}
			}
			else {
				return null;
			}
		}
		return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean digits(String text, int start, int count) {
		if (start + count > text.length()) {
			return false;
		}
		for (int i = start; i < start + count; i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static int number(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

}
