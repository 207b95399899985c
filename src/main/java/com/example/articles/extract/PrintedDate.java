package com.example.articles.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * A date as a page prints it for readers ("Nov 19, 2019, 10:31 pm CST", "on Monday,
 * November 18th, 2019 at 11:08 a.m.", "입력 2018.08.25 15:24"): the day, the time of day
 * when printed, and the zone when the line names one.
 *
 * @param date the calendar date as printed
 * @param time the time of day, or null when only a date is printed
 * @param zone the zone the line names, or null when it names none (or an ambiguous one)
 */
record PrintedDate(LocalDate date, @Nullable LocalTime time, @Nullable ZoneId zone) {

	/** True when the line gives a time and the zone to place it. */
	boolean isInstant() {
		return this.time != null && this.zone != null;
	}

	/**
	 * The instant, reading a time without zone in {@code assumed} (the zone the page
	 * implies, or UTC) and a bare date as the start of that day in UTC.
	 */
	Instant toInstant(ZoneId assumed) {
		if (this.time == null) {
			return this.date.atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		return this.date.atTime(this.time).atZone(this.zone != null ? this.zone : assumed).toInstant();
	}

}
