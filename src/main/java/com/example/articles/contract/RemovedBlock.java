package com.example.articles.contract;

/**
 * A block the normalizer dropped, and why. {@code reason} is one of
 * {@link RemovalReason#code()}.
 */
public record RemovedBlock(String reason, String text) {

	public static RemovedBlock of(RemovalReason reason, String text) {
		return new RemovedBlock(reason.code(), text);
	}

}
