package com.example.articles.contract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlBytesTest {

	private static final String GERMAN = "Grüße aus Köln: Straße, Maß, Ärger";

	private static final String POLISH = "Zażółć gęślą jaźń";

	@Test
	void usesTheContentTypeCharsetFirst() {
		byte[] bytes = page("", GERMAN).getBytes(StandardCharsets.ISO_8859_1);
		assertThat(HtmlBytes.decode(bytes, "text/html; charset=ISO-8859-1")).contains(GERMAN);
	}

	@Test
	void usesAMetaCharsetDeclaration() {
		Charset cp1250 = Charset.forName("windows-1250");
		byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">", POLISH)
			.getBytes(cp1250);
		assertThat(HtmlBytes.decode(bytes, "text/html")).contains(POLISH);
	}

	@Test
	void usesAnHtml5MetaCharset() {
		byte[] bytes = page("<meta charset='iso-8859-2'>", POLISH).getBytes(Charset.forName("iso-8859-2"));
		assertThat(HtmlBytes.decode(bytes, null)).contains(POLISH);
	}

	@Test
	void fallsBackToUtf8WhenTheBytesAreUtf8() {
		assertThat(HtmlBytes.decode(page("", POLISH).getBytes(StandardCharsets.UTF_8), null)).contains(POLISH);
	}

	@Test
	void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
		byte[] bytes = page("", GERMAN + " – „Zitat“").getBytes(Charset.forName("windows-1252"));
		assertThat(HtmlBytes.decode(bytes, null)).contains(GERMAN + " – „Zitat“");
	}

	@Test
	void honoursAByteOrderMarkOverEverythingElse() {
		byte[] body = page("<meta charset=iso-8859-1>", POLISH).getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		assertThat(HtmlBytes.decode(bytes, "text/html; charset=iso-8859-1")).contains(POLISH)
			.doesNotStartWith("\uFEFF");
	}

	@Test
	void ignoresAnUnknownCharsetName() {
		byte[] bytes = page("<meta charset=no-such-charset>", POLISH).getBytes(StandardCharsets.UTF_8);
		assertThat(HtmlBytes.decode(bytes, null)).contains(POLISH);
	}

	private static String page(String head, String text) {
		return "<html><head>" + head + "<title>t</title></head><body><p>" + text + "</p></body></html>";
	}

}
