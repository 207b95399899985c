package com.example.articles.extract;

import org.jspecify.annotations.Nullable;
import org.jsoup.internal.StringUtil;

/**
 * Resolves a URL found in a page against the page's base URI, with exactly the result of
 * jsoup's {@link StringUtil#resolve(String, String)}, which {@code Element.absUrl} uses.
 * That method strips control characters with a regular expression that matches the empty
 * string at every position, then builds three {@code java.net.URL}s: several microseconds
 * per image. The common shapes are answered by a scan instead: an absolute http(s) URL, a
 * scheme-relative {@code //host/...} one and a root-relative {@code /path} one, each with
 * a plain host (letters, digits, dot, hyphen, underscore: no port, user info or IPv6
 * literal), no whitespace or control characters and no dot segments. For those,
 * java.net.URL gives back the same characters (it splits and joins them again, and
 * rejects nothing in a plain host). Everything else goes to jsoup. Stateless;
 * thread-safe.
 */
final class UrlResolver {

	private UrlResolver() {
	}

	static String resolve(String baseUri, String url) {
		String fast = resolveCommon(baseUri, url);
		return fast != null ? fast : StringUtil.resolve(baseUri, url);
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
