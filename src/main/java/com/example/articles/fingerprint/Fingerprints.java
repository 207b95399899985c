package com.example.articles.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Stable identities: the article id of a canonical URL and the content hash and words of
 * a body.
 */
public final class Fingerprints {

	// Cloned, never used itself: a clone is much cheaper than a provider look-up, and
	// cloning only reads the prototype, so threads may share it.
	private static final MessageDigest SHA256_PROTOTYPE = newSha256();

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

	/** The same as {@link #contentHash(List)} of the words, digested as they lie. */
	static String contentHash(WordBytes words) {
		MessageDigest digest = sha256();
		digest.update(words.bytes(), 0, words.length());
		return "sha256:" + HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The body's words, NFKC-folded and lower-cased (Locale.ROOT, so a Turkish default
	 * locale changes nothing).
	 */
	public static List<String> words(String text) {
		// NFKC leaves ASCII alone and turns this punctuation into other punctuation or
		// spaces, which end words all the same: most bodies skip the normalizer's copy.
		String folded = (PlainText.isPlain(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC))
			.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>(folded.length() / 6);
		int start = -1;
		for (int i = 0; i < folded.length();) {
			int cp = folded.codePointAt(i);
			if (isWordChar(cp)) {
				if (start < 0) {
					start = i;
				}
			}
			else if (start >= 0) {
				words.add(folded.substring(start, i));
				start = -1;
			}
			i += Character.charCount(cp);
		}
		if (start >= 0) {
			words.add(folded.substring(start));
		}
		return words;
	}

	/**
	 * A letter or a number ({@code [\p{L}\p{N}]}): a scan rather than a regular
	 * expression, as it runs over every body.
	 */
	static boolean isWordChar(int cp) {
		if (cp < 0x80) {
			return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
		}
		return switch (Character.getType(cp)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> false;
		};
	}

	private static byte[] sha256(String text) {
		return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return (MessageDigest) SHA256_PROTOTYPE.clone();
		}
		catch (CloneNotSupportedException ex) {
			return newSha256();
		}
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
