package com.example.articles.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates raw article events. Validation is by hand rather than by binding so
 * that every violation gets a reason a scraper's author can act on ("url: must be an
 * absolute http or https URL"), and so that the event id and url reach the rejection
 * whenever they are readable. Thread-safe.
 */
public final class RawEventReader {

	private final long maxEventBytes;

	public RawEventReader(long maxEventBytes) {
		this.maxEventBytes = maxEventBytes;
	}

	public RawArticleEvent read(byte[] json) {
		if (json.length > this.maxEventBytes) {
			throw new EventRejectedException(RejectionReason.TOO_LARGE,
					"event is " + json.length + " bytes, over the limit of " + this.maxEventBytes + " bytes");
		}
		JsonNode node;
		try {
			node = EventJson.mapper().readTree(json);
		}
		catch (JacksonException ex) {
			throw new EventRejectedException(RejectionReason.MALFORMED_JSON,
					"not valid JSON: " + ex.getOriginalMessage());
		}
		return read(node);
	}

	public RawArticleEvent read(String json) {
		// The limit applies to the encoded size, as on the wire.
		return read(json.getBytes(StandardCharsets.UTF_8));
	}

	private RawArticleEvent read(@Nullable JsonNode node) {
		if (node == null || !node.isObject()) {
			throw new EventRejectedException(RejectionReason.MALFORMED_JSON, "not a JSON object");
		}
		String eventId = readableString(node, "eventId");
		String rawUrl = readableString(node, "url");
		try {
			return validate(node);
		}
		catch (EventRejectedException ex) {
			throw ex.forEvent(eventId, rawUrl);
		}
	}

	private static RawArticleEvent validate(JsonNode node) {
		String eventId = optionalString(node, "eventId");
		if (eventId != null && eventId.isBlank()) {
			throw violation("eventId: must not be blank");
		}
		String url = optionalString(node, "url");
		if (url == null) {
			throw violation("url: required");
		}
		checkHttpUrl(url);
		String html = optionalString(node, "html");
		String htmlBase64 = optionalString(node, "htmlBase64");
		String text = optionalString(node, "text");
		int payloads = (html != null ? 1 : 0) + (htmlBase64 != null ? 1 : 0) + (text != null ? 1 : 0);
		if (payloads > 1) {
			throw violation("exactly one of html, htmlBase64 or text is allowed, " + payloads + " are present");
		}
		if (payloads == 0) {
			throw violation("exactly one of html, htmlBase64 or text is required, none is present");
		}
		String source = optionalString(node, "source");
		Instant fetchedAt = instant(optionalString(node, "fetchedAt"));
		String contentType = optionalString(node, "contentType");
		if (htmlBase64 != null) {
			html = HtmlBytes.decode(base64(htmlBase64), contentType);
		}
		if (contentType != null) {
			String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
			boolean isText = mime.equals("text/plain");
			boolean isHtml = mime.equals("text/html") || mime.equals("application/xhtml+xml");
			if (!isText && !isHtml) {
				throw violation("contentType: must be text/html, application/xhtml+xml or text/plain, not '"
						+ contentType + "'");
			}
		}
		String language = optionalString(node, "language");
		return new RawArticleEvent(eventId, url.trim(), html, text, source, fetchedAt, contentType, language);
	}

	private static void checkHttpUrl(String url) {
		URI uri;
		try {
			uri = WebUrls.toUri(url);
		}
		catch (URISyntaxException ex) {
			throw violation("url: not a valid URL (" + ex.getReason() + ")");
		}
		String scheme = uri.getScheme();
		if (!uri.isAbsolute() || scheme == null
				|| !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
			throw violation("url: must be an absolute http or https URL, not '" + url + "'");
		}
	}

	private static byte[] base64(String value) {
		try {
			// Line breaks are allowed (MIME style); anything else outside the alphabet is
			// an error.
			return Base64.getDecoder().decode(value.replaceAll("\\s+", ""));
		}
		catch (IllegalArgumentException ex) {
			throw violation("htmlBase64: not valid base64 (" + ex.getMessage() + ")");
		}
	}

	private static @Nullable Instant instant(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.parse(value);
			}
			catch (DateTimeParseException ignored) {
				throw violation("fetchedAt: must be an ISO-8601 date-time with offset, not '" + value + "'");
			}
		}
	}

	private static @Nullable String optionalString(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw violation(field + ": must be a string, not " + value.getNodeType().name().toLowerCase(Locale.ROOT));
		}
		return value.asString();
	}

	/** A field's value for the rejection, if it is a string at all. */
	private static @Nullable String readableString(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() ? value.asString() : null;
	}

	private static EventRejectedException violation(String message) {
		return new EventRejectedException(RejectionReason.CONTRACT_VIOLATION, message);
	}

}
