package com.example.articles.pipeline;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a dead letter, UTF-8 strings, added to the raw record's own headers.
 */
public final class DeadLetterHeaders {

	/**
	 * Why: a rejection reason code ({@code malformed-json}, ...) or
	 * {@code internal-error}.
	 */
	public static final String REASON = "dlt.reason";

	/** Where: {@code normalize} or {@code dedupe}. */
	public static final String STAGE = "dlt.stage";

	public static final String EXCEPTION_CLASS = "dlt.exception.class";

	public static final String EXCEPTION_MESSAGE = "dlt.exception.message";

	public static final String SOURCE_TOPIC = "dlt.source.topic";

	public static final String SOURCE_PARTITION = "dlt.source.partition";

	public static final String SOURCE_OFFSET = "dlt.source.offset";

	/** The raw event's eventId, when it could be read. */
	public static final String EVENT_ID = "dlt.event.id";

	/** The value format: {@code raw} (the raw bytes) or {@code normalized}. */
	public static final String VALUE_FORMAT = "dlt.value.format";

	private static final int MAX_MESSAGE_CHARS = 4000;

	private DeadLetterHeaders() {
	}

	static void add(Headers headers, String stage, String reason, Throwable error, SourceRecord source,
			@Nullable String eventId, String valueFormat) {
		set(headers, REASON, reason);
		set(headers, STAGE, stage);
		set(headers, EXCEPTION_CLASS, error.getClass().getName());
		String message = String.valueOf(error.getMessage());
		set(headers, EXCEPTION_MESSAGE,
				(message.length() > MAX_MESSAGE_CHARS) ? message.substring(0, MAX_MESSAGE_CHARS) : message);
		set(headers, SOURCE_TOPIC, source.topic());
		set(headers, SOURCE_PARTITION, Integer.toString(source.partition()));
		set(headers, SOURCE_OFFSET, Long.toString(source.offset()));
		headers.remove(EVENT_ID);
		if (eventId != null) {
			set(headers, EVENT_ID, eventId);
		}
		set(headers, VALUE_FORMAT, valueFormat);
	}

	/** Replaces a header, so that a replayed dead letter does not carry two reasons. */
	private static void set(Headers headers, String name, String value) {
		headers.remove(name);
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
