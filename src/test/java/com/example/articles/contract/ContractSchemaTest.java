package com.example.articles.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import com.example.articles.normalize.ArticleNormalizer;
import com.example.articles.normalize.NormalizerSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JSON Schema files shipped in the jar describe the events the code really reads and
 * writes.
 */
class ContractSchemaTest {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private final Schema rawSchema = schema("/schemas/raw-article.v1.json");

	private final Schema normalizedSchema = schema("/schemas/normalized-article.v1.json");

	private final ArticleNormalizer normalizer = new ArticleNormalizer(NormalizerSettings.defaults(),
			Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

	@Test
	void theSeedEventMatchesTheRawSchemaAndItsResultTheNormalizedSchema() throws IOException {
		byte[] raw = resource("/golden/seed-article/input.json");
		assertThat(errors(this.rawSchema, raw)).isEmpty();
		byte[] normalized = EventJson.toBytes(this.normalizer.normalize(raw));
		assertThat(errors(this.normalizedSchema, normalized)).isEmpty();
	}

	@Test
	void anHtmlEventAndItsResultMatchTheSchemas() {
		byte[] raw = """
				{"eventId":"h1","url":"https://news.example.com/a?utm_source=x","contentType":"text/html",
				 "fetchedAt":"2024-05-01T12:00:00Z",
				 "html":"<html lang=en><head><title>T</title></head><body><article><p>One two three four five.</p></article></body></html>"}"""
			.getBytes(StandardCharsets.UTF_8);
		assertThat(errors(this.rawSchema, raw)).isEmpty();
		assertThat(errors(this.normalizedSchema, EventJson.toBytes(this.normalizer.normalize(raw)))).isEmpty();
	}

	/** Every event the reader rejects as a contract violation, the schema rejects too. */
	@ParameterizedTest
	@ValueSource(strings = { "{\"text\": \"x\"}", "{\"url\": \"ftp://example.com/a\", \"text\": \"x\"}",
			"{\"url\": \"/relative\", \"text\": \"x\"}", "{\"url\": 42, \"text\": \"x\"}",
			"{\"url\": \"https://example.com\"}",
			"{\"url\": \"https://example.com\", \"html\": \"<p>\", \"text\": \"x\"}",
			"{\"url\": \"https://example.com\", \"html\": [\"<p>\"]}",
			"{\"url\": \"https://example.com\", \"text\": \"x\", \"fetchedAt\": \"yesterday\"}",
			"{\"url\": \"https://example.com\", \"text\": \"x\", \"contentType\": \"image/png\"}" })
	void theSchemaAndTheReaderAgreeOnViolations(String json) {
		byte[] raw = json.getBytes(StandardCharsets.UTF_8);
		assertThat(errors(this.rawSchema, raw)).isNotEmpty();
		assertThatExceptionOfType(EventRejectedException.class).isThrownBy(() -> new RawEventReader(1 << 20).read(raw))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.CONTRACT_VIOLATION));
	}

	private static List<Error> errors(Schema schema, byte[] json) {
		JsonNode node = EventJson.mapper().readTree(json);
		return schema.validate(node);
	}

	private static Schema schema(String path) {
		try (InputStream in = ContractSchemaTest.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return REGISTRY.getSchema(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = ContractSchemaTest.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
	}

}
