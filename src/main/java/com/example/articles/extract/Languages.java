package com.example.articles.extract;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Normalizes language declarations ("en_GB", "EN-us", "de-DE,en") to BCP 47 tags. */
final class Languages {

	private static final Pattern TAG = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");

	private Languages() {
	}

	/** Declarations seen at most before the cache stops taking new ones. */
	private static final int CACHE_SIZE = 512;

	/**
	 * Declarations already normalized (an empty string for none): pages declare a few
	 * dozen distinct values, and the locale parsing costs more than a lookup.
	 */
	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	static @Nullable String normalize(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String cached = CACHE.get(raw);
		if (cached != null) {
			return cached.isEmpty() ? null : cached;
		}
		String tag = parse(raw);
		if (raw.length() <= 64 && CACHE.size() < CACHE_SIZE) {
			CACHE.put(raw, tag != null ? tag : "");
		}
		return tag;
	}

	/** What {@link #normalize} gives, read without the cache. */
	static @Nullable String parse(String raw) {
		String text = raw.strip();
		int comma = text.indexOf(',');
		if (comma >= 0) {
			text = text.substring(0, comma).strip();
		}
		int semicolon = text.indexOf(';');
		if (semicolon >= 0) {
			text = text.substring(0, semicolon).strip();
		}
		text = text.replace('_', '-');
		if (!TAG.matcher(text).matches()) {
			return null;
		}
		String tag = Locale.forLanguageTag(text).toLanguageTag();
		if (tag.equals("und") || tag.isEmpty()) {
			return null;
		}
		return tag;
	}

}
