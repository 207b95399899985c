package com.example.articles.normalize;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Limits and options of the normalizer.
 *
 * @param maxEventBytes the largest payload accepted
 * @param siteProfiles a site-profile file (see docs/site-profiles.md), or null for the
 * classpath default {@code site-profiles.json}
 */
public record NormalizerSettings(long maxEventBytes, @Nullable Path siteProfiles) {

	/**
	 * 10 MB: larger than any real article page, small enough to keep a consumer's heap
	 * bounded.
	 */
	public static final long DEFAULT_MAX_EVENT_BYTES = 10L * 1024 * 1024;

	public NormalizerSettings(long maxEventBytes) {
		this(maxEventBytes, null);
	}

	public static NormalizerSettings defaults() {
		return new NormalizerSettings(DEFAULT_MAX_EVENT_BYTES);
	}

	public NormalizerSettings withSiteProfiles(@Nullable Path path) {
		return new NormalizerSettings(this.maxEventBytes, path);
	}

}
