package com.example.articles.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable identities: the article id of a canonical URL and the content hash and words of
 * a body.
 */
public final class Fingerprints {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private Fingerprints() {
	}

	/**
	 * 32 hex digits (128 bits of SHA-256) of the canonical URL: the article's key
	 * everywhere downstream.
	 */
	public static String articleId(String canonicalUrl) {
		return HexFormat.of().formatHex(sha256(canonicalUrl), 0, 16);
	}

	/**
	 * SHA-256 of the body's words, NFKC-folded and lower-cased, so that markup,
	 * whitespace and punctuation changes do not count as new content.
	 */
	public static String contentHash(List<String> words) {
		return "sha256:" + HexFormat.of().formatHex(sha256(String.join(" ", words)));
	}

	/**
	 * The body's words, NFKC-folded and lower-cased (Locale.ROOT, so a Turkish default
	 * locale changes nothing).
	 */
	public static List<String> words(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(folded);
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
