package com.example.articles.normalize;

/** Limits of the normalizer. */
public record NormalizerSettings(long maxEventBytes) {

	/**
	 * 10 MB: larger than any real article page, small enough to keep a consumer's heap
	 * bounded.
	 */
	public static final long DEFAULT_MAX_EVENT_BYTES = 10L * 1024 * 1024;

	public static NormalizerSettings defaults() {
		return new NormalizerSettings(DEFAULT_MAX_EVENT_BYTES);
	}

}
