package com.example.articles.contract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decodes a page's bytes as a browser would: a byte-order mark first, then the charset of
 * the event's content type (the HTTP header), then a meta charset declaration near the
 * top, then UTF-8 if the bytes are valid UTF-8, else windows-1252 (what browsers assume
 * for ISO-8859-1).
 */
public final class HtmlBytes {

	private static final int META_SCAN_BYTES = 4096;

	private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([-\\w.:]+)");

	private static final Pattern META = Pattern.compile("(?i)<meta\\b[^>]*>");

	private HtmlBytes() {
	}

	public static String decode(byte[] bytes, @Nullable String contentType) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		Charset declared = contentType != null ? charsetIn(contentType) : null;
		if (declared == null) {
			declared = metaCharset(bytes);
		}
		if (declared != null) {
			return new String(bytes, declared);
		}
		String utf8 = strictUtf8(bytes);
		return utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252"));
	}

	static @Nullable Charset metaCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
		Matcher meta = META.matcher(head);
		while (meta.find()) {
			Charset charset = charsetIn(meta.group());
			if (charset != null) {
				return charset;
			}
		}
		return null;
	}

	private static @Nullable Charset charsetIn(String text) {
		Matcher m = CHARSET.matcher(text);
		if (!m.find()) {
			return null;
		}
		String name = m.group(1).toLowerCase(Locale.ROOT);
		if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
			// The WHATWG encoding standard maps these labels to windows-1252.
			name = "windows-1252";
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

	private static @Nullable String strictUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
