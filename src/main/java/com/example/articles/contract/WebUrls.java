package com.example.articles.contract;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Parses URLs as browsers and scrapers write them, not only as RFC 3986 allows: an
 * internationalized host ({@code stössenseer.de}) becomes its punycode form, and spaces
 * and non-ASCII characters elsewhere are percent-encoded as UTF-8. A host that is not a
 * valid name stays an error.
 */
public final class WebUrls {

	private static final String ILLEGAL = " \"<>\\^`{|}";

	private WebUrls() {
	}

	/**
	 * The URL or relative reference as a {@link URI}; throws if even the lenient form is
	 * not one.
	 */
	public static URI toUri(String url) throws URISyntaxException {
		String trimmed = url.strip();
		int schemeEnd = trimmed.indexOf("://");
		if (schemeEnd <= 0 || !trimmed.substring(0, schemeEnd).chars().allMatch(WebUrls::isSchemeChar)) {
			return new URI(encode(trimmed));
		}
		int authorityStart = schemeEnd + 3;
		int authorityEnd = authorityStart;
		while (authorityEnd < trimmed.length() && "/?#".indexOf(trimmed.charAt(authorityEnd)) < 0) {
			authorityEnd++;
		}
		String authority = trimmed.substring(authorityStart, authorityEnd);
		return new URI(trimmed.substring(0, authorityStart) + asciiAuthority(authority)
				+ encode(trimmed.substring(authorityEnd)));
	}

	private static String asciiAuthority(String authority) throws URISyntaxException {
		int at = authority.lastIndexOf('@');
		String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
		String hostPort = authority.substring(at + 1);
		if (hostPort.startsWith("[")) {
			return encode(userInfo) + hostPort;
		}
		int colon = hostPort.lastIndexOf(':');
		String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
		String port = colon >= 0 ? hostPort.substring(colon) : "";
		if (host.chars().allMatch((c) -> c < 0x80 && c != ' ')) {
			return encode(userInfo) + hostPort;
		}
		try {
			return encode(userInfo) + IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + port;
		}
		catch (IllegalArgumentException ex) {
			throw new URISyntaxException(authority, "not a valid host name");
		}
	}

	private static String encode(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean plain = c > 0x20 && c < 0x7F && ILLEGAL.indexOf(c) < 0;
			if (plain) {
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			if (out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
			for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
			}
			i = end - 1;
		}
		return out != null ? out.toString() : text;
	}

	private static boolean isSchemeChar(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-'
				|| c == '.';
	}

}
