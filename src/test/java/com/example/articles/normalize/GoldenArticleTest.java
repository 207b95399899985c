package com.example.articles.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.example.articles.contract.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: every folder under {@code src/test/resources/golden} holds a raw event
 * ({@code input.json}) and the whole normalized event expected from it
 * ({@code expected.json}, {@code processedAt} left out). Run with
 * {@code -Dgolden.update=true} to rewrite the expected files after an intended change,
 * then review the diff like code.
 */
class GoldenArticleTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

	private final ArticleNormalizer normalizer = new ArticleNormalizer(NormalizerSettings.defaults(), CLOCK);

	static Stream<Path> cases() throws IOException, URISyntaxException {
		Path root = Path.of(GoldenArticleTest.class.getResource("/golden").toURI());
		return Files.list(root).filter(Files::isDirectory).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void normalizesToTheExpectedEvent(Path dir) throws IOException {
		byte[] input = Files.readAllBytes(dir.resolve("input.json"));
		ObjectNode actual = (ObjectNode) EventJson.mapper().valueToTree(this.normalizer.normalize(input));
		actual.remove("processedAt");
		Path expectedFile = dir.resolve("expected.json");
		if (Boolean.getBoolean("golden.update")) {
			writeSource(dir, actual);
		}
		assertThat(expectedFile).as("expected.json of %s (run with -Dgolden.update=true to create it)", dir).exists();
		JsonNode expected = EventJson.mapper().readTree(expectedFile.toFile());
		assertThat(EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual))
			.isEqualTo(EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(expected));
	}

	/**
	 * Writes the expected file back into src/test/resources, not only into
	 * target/test-classes.
	 */
	private static void writeSource(Path dir, JsonNode actual) {
		Path source = Path.of("src/test/resources/golden").resolve(dir.getFileName().toString());
		try {
			String json = EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
			Files.writeString(source.resolve("expected.json"), json);
			Files.writeString(dir.resolve("expected.json"), json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
