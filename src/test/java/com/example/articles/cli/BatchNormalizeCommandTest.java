package com.example.articles.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import com.example.articles.contract.EventJson;
import com.example.articles.normalize.ArticleNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

class BatchNormalizeCommandTest {

	private final BatchNormalizeCommand command = new BatchNormalizeCommand(new ArticleNormalizer(), 2);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesNormalizedEventsInInputOrder() {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			lines.add(textEvent("e" + i, "Story number " + i + " is here.\n\nIt has a body paragraph " + i + "."));
		}
		int code = run(List.of(), String.join("\n", lines));
		assertThat(code).isZero();
		List<JsonNode> events = jsonLines(this.out);
		assertThat(events).hasSize(40);
		for (int i = 0; i < 40; i++) {
			assertThat(events.get(i).get("eventId").asString()).isEqualTo("e" + i);
		}
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void answersEachLineBeforeTheInputEnds() throws Exception {
		PipedOutputStream producer = new PipedOutputStream();
		PipedInputStream stdin = new PipedInputStream(producer, 1 << 16);
		Thread run = new Thread(() -> this.command.run(List.of(), stdin, this.out, this.err));
		run.start();
		producer.write((textEvent("live-1", "Live.\n\nA body.") + "\n").getBytes(StandardCharsets.UTF_8));
		producer.flush();
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("live-1"));
		producer.close();
		run.join(30_000);
		assertThat(run.isAlive()).isFalse();
	}

	@Test
	void reportsEachBadLineOnceAndGoesOn() {
		String input = String.join("\n", textEvent("ok-1", "First.\n\nBody one."), "this is not json",
				"{\"eventId\":\"no-url\",\"text\":\"x\"}",
				"{\"eventId\":\"ftp\",\"url\":\"ftp://example.com/a\",\"text\":\"x\"}",
				"{\"eventId\":\"both\",\"url\":\"https://example.com/a\",\"text\":\"x\",\"html\":\"<p>x</p>\"}",
				"{\"eventId\":\"neither\",\"url\":\"https://example.com/a\"}",
				"{\"eventId\":\"types\",\"url\":\"https://example.com/a\",\"text\":17}",
				"{\"eventId\":\"empty\",\"url\":\"https://example.com/a\",\"html\":\"<html><body></body></html>\"}", "",
				textEvent("ok-2", "Second.\n\nBody two."));
		int code = run(List.of(), input);
		assertThat(code).isZero();
		assertThat(jsonLines(this.out)).extracting((e) -> e.get("eventId").asString()).containsExactly("ok-1", "ok-2");
		List<JsonNode> rejects = jsonLines(this.err);
		assertThat(rejects).extracting((e) -> e.get("reason").asString())
			.containsExactly("malformed-json", "contract-violation", "contract-violation", "contract-violation",
					"contract-violation", "contract-violation", "no-content");
		assertThat(rejects).extracting((e) -> e.get("eventId").asString(null))
			.containsExactly(null, "no-url", "ftp", "both", "neither", "types", "empty");
		assertThat(rejects).allSatisfy((e) -> assertThat(e.get("error").asString()).isNotBlank());
		assertThat(rejects.get(2).get("url").asString()).isEqualTo("ftp://example.com/a");
	}

	@Test
	void rejectsALineOverTheConfiguredSizeLimit() {
		int code = BatchNormalizeCommand.main(List.of("--max-event-bytes", "200"),
				stdin(textEvent("big", "x ".repeat(200)) + "\n" + textEvent("small", "Small.\n\nBody.")), this.out,
				this.err);
		assertThat(code).isZero();
		assertThat(jsonLines(this.err)).singleElement()
			.satisfies((e) -> assertThat(e.get("reason").asString()).isEqualTo("too-large"));
		assertThat(jsonLines(this.out)).extracting((e) -> e.get("eventId").asString()).containsExactly("small");
	}

	@Test
	void failsWithExitCodeTwoOnABadOptionValue() {
		assertThat(BatchNormalizeCommand.main(List.of("--threads", "zero"), stdin(""), this.out, this.err))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--threads takes a positive whole number");
	}

	@Test
	void readsFilesInOrderAndWritesRejectsToTheNamedFile(@TempDir Path dir) throws IOException {
		Path a = Files.writeString(dir.resolve("a.jsonl"), textEvent("a1", "A.\n\nBody a.") + "\nbroken\n");
		Path b = Files.writeString(dir.resolve("b.jsonl"), textEvent("b1", "B.\n\nBody b."));
		Path rejects = dir.resolve("rejects.jsonl");
		int code = run(List.of("--rejects", rejects.toString(), a.toString(), b.toString()), "");
		assertThat(code).isZero();
		assertThat(jsonLines(this.out)).extracting((e) -> e.get("eventId").asString()).containsExactly("a1", "b1");
		assertThat(Files.readAllLines(rejects)).singleElement().asString().contains("malformed-json");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void failsWithExitCodeTwoWhenAFileCannotBeRead(@TempDir Path dir) {
		int code = run(List.of(dir.resolve("missing.jsonl").toString()), "");
		assertThat(code).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("missing.jsonl");
	}

	@Test
	void failsWithExitCodeTwoOnAnUnknownOption() {
		assertThat(run(List.of("--frobnicate"), "")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: normalize");
	}

	private int run(List<String> args, String stdin) {
		return this.command.run(args, stdin(stdin), this.out, this.err);
	}

	private static ByteArrayInputStream stdin(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String textEvent(String id, String text) {
		return EventJson.toJson(java.util.Map.of("eventId", id, "url", "https://example.com/" + id, "text", text));
	}

	private static List<JsonNode> jsonLines(ByteArrayOutputStream stream) {
		List<JsonNode> nodes = new ArrayList<>();
		for (String line : stream.toString(StandardCharsets.UTF_8).split("\n")) {
			if (!line.isBlank()) {
				nodes.add(EventJson.mapper().readTree(line));
			}
		}
		return nodes;
	}

	@Test
	void appliesASiteProfileFile(@TempDir Path dir) throws IOException {
		Path profiles = Files.writeString(dir.resolve("profiles.json"),
				"{\"profiles\":[{\"domains\":[\"example.com\"],\"drop\":[\"p.promo\"]}]}");
		String page = "<html><body><article><h1>Title</h1><p>The first paragraph of the story is long enough to count.</p>"
				+ "<p class=promo>Subscribe to our fabulous newsletter for daily stories and more offers.</p>"
				+ "<p>The second paragraph of the story is long enough to count as well.</p></article></body></html>";
		String event = EventJson
			.toJson(java.util.Map.of("eventId", "p1", "url", "https://example.com/a", "html", page));
		int code = BatchNormalizeCommand.main(List.of("--site-profiles", profiles.toString()), stdin(event), this.out,
				this.err);
		assertThat(code).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("The second paragraph")
			.doesNotContain("newsletter");
	}

	@Test
	void failsWithExitCodeTwoOnABrokenSiteProfileFile(@TempDir Path dir) throws IOException {
		Path profiles = Files.writeString(dir.resolve("profiles.json"), "{\"profiles\":[{\"domains\":[]");
		assertThat(BatchNormalizeCommand.main(List.of("--site-profiles", profiles.toString()), stdin(""), this.out,
				this.err))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("cannot use the site profiles");
	}

}
