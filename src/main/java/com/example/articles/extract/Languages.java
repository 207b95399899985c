package com.example.articles.extract;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Normalizes language declarations ("en_GB", "EN-us", "de-DE,en") to BCP 47 tags. */
final class Languages {

	private static final Pattern TAG = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");

	private Languages() {
	}

	static @Nullable String normalize(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
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
