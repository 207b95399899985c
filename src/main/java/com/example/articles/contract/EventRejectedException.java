package com.example.articles.contract;

import org.jspecify.annotations.Nullable;

/**
 * An input event that breaks the contract or cannot be normalized; the message says why,
 * for a person.
 */
public class EventRejectedException extends RuntimeException {

	private final RejectionReason reason;

	private final @Nullable String eventId;

	private final @Nullable String url;

	public EventRejectedException(RejectionReason reason, String message, @Nullable String eventId,
			@Nullable String url) {
		super(message);
		this.reason = reason;
		this.eventId = eventId;
		this.url = url;
	}

	public EventRejectedException(RejectionReason reason, String message) {
		this(reason, message, null, null);
	}

	public RejectionReason reason() {
		return this.reason;
	}

	public @Nullable String eventId() {
		return this.eventId;
	}

	public @Nullable String url() {
		return this.url;
	}

	/** The same rejection, naming the event it belongs to. */
	public EventRejectedException forEvent(@Nullable String id, @Nullable String eventUrl) {
		return new EventRejectedException(this.reason, getMessage(), id, eventUrl);
	}

}
