package com.example.articles.contract;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A scraped page as an upstream scraper publishes it (contract {@code raw-article.v1}).
 * Exactly one of {@code html} and {@code text} is present; {@link RawEventReader}
 * enforces it.
 */
public record RawArticleEvent(@Nullable String eventId, String url, @Nullable String html, @Nullable String text,
		@Nullable String source, @Nullable Instant fetchedAt, @Nullable String contentType, @Nullable String language) {

	public boolean isHtml() {
		return this.html != null;
	}

	/** The payload, html or text, whichever the event carries. */
	public String payload() {
		return this.html != null ? this.html : this.text;
	}

}
