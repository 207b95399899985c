package com.example.articles.url;

import java.net.MalformedURLException;
import java.net.URL;

import org.jspecify.annotations.Nullable;
import org.jsoup.internal.StringUtil;

/**
 * Resolves links found in a page against the page's base URL, with exactly the result of
 * jsoup's {@link StringUtil#resolve(String, String)}, which {@code Element.absUrl} uses.
 * That method strips control characters with a regular expression that matches the empty
 * string at every position, then builds three {@code java.net.URL}s: several microseconds
 * per link, the bulk of the cost of images and links on a page. Two shortcuts give the
 * same characters for less:
 * <ul>
 * <li>common shapes are answered by a scan: an absolute http(s) URL, a scheme-relative
 * {@code //host/...} one and a root-relative {@code /path} one, each with a plain host
 * (letters, digits, dot, hyphen, underscore: no port, user info or IPv6 literal), no
 * whitespace or control characters and no dot segments; java.net.URL gives back the same
 * characters for those (it splits and joins them again, and rejects nothing in a plain
 * host);</li>
 * <li>an instance parses its base once, so other links cost one {@code URL} each.</li>
 * </ul>
 * Anything else (a base with control characters or that does not parse, a link that does
 * not resolve) goes to jsoup. The static method is thread-safe; an instance is meant for
 * one page or render and is not.
 */
public final class LinkResolver {

	private final String base;

	private @Nullable URL baseUrl;

	private boolean baseParsed;

	public LinkResolver(String base) {
		this.base = base;
	}

	/** The absolute URL of {@code link} against {@code base}, or "" when it has none. */
	public static String resolve(String base, String link) {
		String common = resolveCommon(base, link);
		return (common != null) ? common : StringUtil.resolve(base, link);
	}

	/** The absolute URL of {@code link}, or "" when it has none (as {@code absUrl}). */
	public String resolve(String link) {
		String common = resolveCommon(this.base, link);
		if (common != null) {
			return common;
		}
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

	/** The resolved URL when {@code url} has one of the common shapes, else null. */
	static @Nullable String resolveCommon(String baseUri, String url) {
		int schemeEnd = httpSchemeEnd(url);
		if (schemeEnd > 0) {
			return isPlain(url, schemeEnd) ? url : null;
		}
		if (!url.startsWith("/")) {
			return null;
		}
		int baseSchemeEnd = httpSchemeEnd(baseUri);
		if (baseSchemeEnd < 0) {
			return null;
		}
		// a base with a plain host is a valid URL for java.net.URL (else jsoup gives "")
		int baseAuthorityEnd = authorityEnd(baseUri, baseSchemeEnd);
		if (!isPlainHost(baseUri, baseSchemeEnd, baseAuthorityEnd)) {
			return null;
		}
		if (url.startsWith("//")) {
			// the base's scheme, everything else from the URL
			String absolute = baseUri.substring(0, baseSchemeEnd - 2) + url;
			return isPlain(absolute, baseSchemeEnd) ? absolute : null;
		}
		return isPlainTail(url, 0) ? baseUri.substring(0, baseAuthorityEnd) + url : null;
	}

	/**
	 * The index after {@code "http://"} or {@code "https://"} when the text starts with
	 * one, else -1.
	 */
	private static int httpSchemeEnd(String text) {
		if (text.startsWith("https://")) {
			return 8;
		}
		if (text.startsWith("http://")) {
			return 7;
		}
		return -1;
	}

	/** A plain host from {@code hostStart} on, then a plain path, query and fragment. */
	private static boolean isPlain(String url, int hostStart) {
		int end = authorityEnd(url, hostStart);
		return isPlainHost(url, hostStart, end) && isPlainTail(url, end);
	}

	private static int authorityEnd(String url, int hostStart) {
		int i = hostStart;
		while (i < url.length()) {
			char c = url.charAt(i);
			if (c == '/' || c == '?' || c == '#') {
				break;
			}
			i++;
		}
		return i;
	}

	private static boolean isPlainHost(String url, int start, int end) {
		if (end == start) {
			return false;
		}
		for (int i = start; i < end; i++) {
			char c = url.charAt(i);
			boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
					|| c == '_';
			if (!plain) {
				return false;
			}
		}
		return true;
	}

	/** No whitespace or control characters, and no dot segment ("/./", "/../"). */
	private static boolean isPlainTail(String url, int start) {
		for (int i = start; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c <= ' ' || c == '\u007F') {
				return false;
			}
			if (c == '.' && i > 0 && url.charAt(i - 1) == '/') {
				return false;
			}
		}
		return true;
	}

}
