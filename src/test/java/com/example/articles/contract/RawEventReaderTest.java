package com.example.articles.contract;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RawEventReaderTest {

	private final RawEventReader reader = new RawEventReader(1_000);

	@Test
	void readsAllFieldsOfAnHtmlEvent() {
		RawArticleEvent event = this.reader.read("""
				{"eventId":"e1","url":"https://example.com/a","html":"<p>x</p>","source":"feed",
				 "fetchedAt":"2024-03-01T10:00:00+02:00","contentType":"text/html; charset=utf-8","language":"de",
				 "somethingNew":{"nested":true}}""");
		assertThat(event.eventId()).isEqualTo("e1");
		assertThat(event.url()).isEqualTo("https://example.com/a");
		assertThat(event.isHtml()).isTrue();
		assertThat(event.payload()).isEqualTo("<p>x</p>");
		assertThat(event.fetchedAt()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
		assertThat(event.language()).isEqualTo("de");
	}

	@Test
	void readsATextEventWithOnlyTheRequiredFields() {
		RawArticleEvent event = this.reader.read("{\"url\":\"http://example.com/b\",\"text\":\"Hello\"}");
		assertThat(event.isHtml()).isFalse();
		assertThat(event.payload()).isEqualTo("Hello");
		assertThat(event.eventId()).isNull();
	}

	@Test
	void treatsNullFieldsAsAbsent() {
		RawArticleEvent event = this.reader
			.read("{\"url\":\"http://example.com/b\",\"html\":null,\"text\":\"Hello\",\"source\":null}");
		assertThat(event.isHtml()).isFalse();
		assertThat(event.source()).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					not json at all                                         | malformed-json     | not valid JSON
					'{"url": "https://example.com", "text": "x"'            | malformed-json     | not valid JSON
					'["https://example.com"]'                               | malformed-json     | not a JSON object
					'{"text": "x"}'                                         | contract-violation | url: required
					'{"url": "ftp://example.com/a", "text": "x"}'           | contract-violation | url: must be an absolute http or https URL
					'{"url": "/relative/path", "text": "x"}'                | contract-violation | url: must be an absolute http or https URL
					'{"url": "https://exa mple.com", "text": "x"}'          | contract-violation | url: not a valid URL
					'{"url": 42, "text": "x"}'                              | contract-violation | url: must be a string, not number
					'{"url": "https://example.com"}'                        | contract-violation | none is present
					'{"url": "https://example.com", "html": "<p>", "text": "x"}' | contract-violation | 2 are present
					'{"url": "https://example.com", "html": ["<p>"]}'       | contract-violation | html: must be a string, not array
					'{"url": "https://example.com", "text": "x", "fetchedAt": "yesterday"}' | contract-violation | fetchedAt: must be an ISO-8601
					'{"url": "https://example.com", "text": "x", "contentType": "image/png"}' | contract-violation | contentType: must be
					'{"url": "https://example.com", "text": "x", "eventId": " "}' | contract-violation | eventId: must not be blank
					""")
	void rejectsBadEventsWithAClearReason(String json, String reason, String message) {
		assertThatExceptionOfType(EventRejectedException.class).isThrownBy(() -> this.reader.read(json))
			.satisfies((ex) -> assertThat(ex.reason().code()).isEqualTo(reason))
			.withMessageContaining(message);
	}

	@Test
	void rejectsAnEventOverTheSizeLimitBeforeParsingIt() {
		String big = "{\"url\":\"https://example.com\",\"text\":\"" + "x".repeat(1_000) + "\"}";
		assertThatExceptionOfType(EventRejectedException.class).isThrownBy(() -> this.reader.read(big))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.TOO_LARGE))
			.withMessageContaining("over the limit of 1000 bytes");
	}

	@Test
	void namesTheEventInTheRejectionWhenItsIdAndUrlAreReadable() {
		assertThatExceptionOfType(EventRejectedException.class)
			.isThrownBy(() -> this.reader.read("{\"eventId\":\"e9\",\"url\":\"https://example.com/x\"}"))
			.satisfies((ex) -> {
				assertThat(ex.eventId()).isEqualTo("e9");
				assertThat(ex.url()).isEqualTo("https://example.com/x");
			});
	}

	@Test
	void decodesAnHtmlBase64PayloadByItsDeclaredCharset() {
		byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Grüße aus Köln</p></body></html>"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		RawArticleEvent event = this.reader.read("{\"url\":\"https://example.de/a\",\"htmlBase64\":\""
				+ java.util.Base64.getEncoder().encodeToString(latin1) + "\"}");
		assertThat(event.html()).contains("Grüße aus Köln");
	}

	@Test
	void rejectsHtmlBase64ThatIsNotBase64() {
		assertThatExceptionOfType(EventRejectedException.class)
			.isThrownBy(() -> this.reader.read("{\"url\":\"https://example.de/a\",\"htmlBase64\":\"%%%\"}"))
			.withMessageContaining("htmlBase64: not valid base64");
	}

}
