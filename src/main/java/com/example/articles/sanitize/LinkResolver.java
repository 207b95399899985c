package com.example.articles.sanitize;

import java.net.MalformedURLException;
import java.net.URL;

import org.jspecify.annotations.Nullable;
import org.jsoup.internal.StringUtil;

/**
 * Resolves links against one base URL with the same result as Jsoup's
 * {@code Element.absUrl} ({@code StringUtil.resolve(base, link)}), but parses the base
 * once instead of once per link: Jsoup's resolution strips control characters from the
 * base with a regular expression each time, most of the cost of a link. Any case the
 * shortcut does not cover (a base with control characters or that does not parse, a link
 * that does not resolve) goes through Jsoup's own method. One instance per render.
 */
final class LinkResolver {

	private final String base;

	private @Nullable URL baseUrl;

	private boolean baseParsed;

	LinkResolver(String base) {
		this.base = base;
	}

	/** The absolute URL of {@code link}, or "" when it has none (as {@code absUrl}). */
	String resolve(String link) {
		URL url = baseUrl();
		if (url == null) {
			return StringUtil.resolve(this.base, link);
		}
		try {
			return StringUtil.resolve(url, link).toExternalForm();
		}
		catch (MalformedURLException ex) {
			return StringUtil.resolve(this.base, link);
		}
	}

	private @Nullable URL baseUrl() {
		if (!this.baseParsed) {
			this.baseParsed = true;
			this.baseUrl = hasControlChars(this.base) ? null : parse(this.base);
		}
		return this.baseUrl;
	}

	private static @Nullable URL parse(String url) {
		try {
			return new URL(url);
		}
		catch (MalformedURLException ex) {
			return null;
		}
	}

	private static boolean hasControlChars(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < 0x20) {
				return true;
			}
		}
		return false;
	}

}
