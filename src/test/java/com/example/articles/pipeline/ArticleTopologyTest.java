package com.example.articles.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.articles.contract.EventJson;
import com.example.articles.contract.NormalizedArticleEvent;
import com.example.articles.dedupe.DedupePolicy;
import com.example.articles.dedupe.DuplicateAction;
import com.example.articles.fingerprint.SimHash;
import com.example.articles.normalize.ArticleNormalizer;
import com.example.articles.normalize.NormalizerSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology without a broker: every dedupe rule and every dead-letter path.
 */
class ArticleTopologyTest {

	private static final Topics TOPICS = new Topics("raw", "normalized", "raw.dlt");

	private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

	@TempDir
	Path stateDir;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private TopologyTestDriver driver;

	private TestInputTopic<byte[], byte[]> raw;

	private TestOutputTopic<String, String> normalized;

	private TestOutputTopic<byte[], byte[]> deadLetters;

	@AfterEach
	void close() {
		if (this.driver != null) {
			this.driver.close();
		}
	}

	@Test
	void publishesANewArticleAsRevisionOne() {
		start(DedupePolicy.defaults());
		send("k1", RawEvents.text("e1", "https://news.example.com/story/1", RawEvents.story(1, 6)));

		List<NormalizedArticleEvent> out = published();
		assertThat(out).singleElement().satisfies((event) -> {
			assertThat(event.eventId()).isEqualTo("e1");
			assertThat(event.revision()).isEqualTo(1);
			assertThat(event.duplicateOf()).isNull();
			assertThat(event.nearDuplicateOf()).isNull();
		});
		assertThat(this.deadLetters.isEmpty()).isTrue();
		assertNothingPending();
	}

	@Test
	void keysTheOutputByArticleId() {
		start(DedupePolicy.defaults());
		send(null, RawEvents.text("e1", "https://news.example.com/story/1", RawEvents.story(1, 6)));

		TestRecord<String, String> record = this.normalized.readRecord();
		assertThat(record.key()).isEqualTo(EventJson.readNormalized(utf8(record.value())).articleId());
	}

	@Test
	void doesNotRepublishTheSameArticleWithTheSameContentAndCountsIt() {
		start(DedupePolicy.defaults());
		String story = RawEvents.story(1, 6);
		send("k", RawEvents.text("e1", "https://news.example.com/story/1", story));
		send("k", RawEvents.text("e2", "https://news.example.com/story/1?utm_source=feed", story));
		send("k", RawEvents.text("e1", "https://news.example.com/story/1", story));

		assertThat(published()).extracting(NormalizedArticleEvent::eventId).containsExactly("e1");
		assertThat(this.registry.counter("articles.duplicates", "kind", "repeat", "action", "dropped").count())
			.isEqualTo(2);
		assertNothingPending();
	}

	@Test
	void republishesChangedContentWithTheNextRevision() {
		start(DedupePolicy.defaults());
		String url = "https://news.example.com/story/1";
		send("k", RawEvents.text("e1", url, RawEvents.story(1, 6)));
		send("k", RawEvents.text("e2", url, RawEvents.story(1, 6) + "\n\nUpdate: the bridge reopened on Friday."));
		send("k", RawEvents.text("e3", url, RawEvents.story(1, 6) + "\n\nUpdate: the bridge reopened on Friday."));
		send("k", RawEvents.text("e4", url, RawEvents.story(2, 6)));

		List<NormalizedArticleEvent> out = published();
		assertThat(out).extracting(NormalizedArticleEvent::eventId).containsExactly("e1", "e2", "e4");
		assertThat(out).extracting(NormalizedArticleEvent::revision).containsExactly(1, 2, 3);
		assertThat(out).extracting(NormalizedArticleEvent::articleId).containsOnly(out.get(0).articleId());
	}

	@Test
	void flagsTheSameContentUnderAnotherUrlAsADuplicateOfTheFirstArticle() {
		start(DedupePolicy.defaults());
		String story = RawEvents.story(3, 6);
		send("a", RawEvents.text("e1", "https://news.example.com/story/3", story));
		send("b", RawEvents.text("e2", "https://partner.example.org/syndicated/3", story));
		send("c", RawEvents.text("e3", "https://amp.example.net/story/3", story));

		List<NormalizedArticleEvent> out = published();
		assertThat(out).hasSize(3);
		String original = out.get(0).articleId();
		assertThat(out.get(0).duplicateOf()).isNull();
		assertThat(out.get(1).duplicateOf()).isEqualTo(original);
		assertThat(out.get(2).duplicateOf()).isEqualTo(original);
		assertThat(out.get(1).nearDuplicateOf()).isNull();
		assertThat(out).extracting(NormalizedArticleEvent::revision).containsOnly(1);
		assertThat(this.registry.counter("articles.duplicates", "kind", "syndicated", "action", "flagged").count())
			.isEqualTo(2);
	}

	@Test
	void dropsSyndicatedCopiesUnderTheDropPolicy() {
		start(new DedupePolicy(DuplicateAction.DROP, DuplicateAction.FLAG, 3));
		String story = RawEvents.story(3, 6);
		send("a", RawEvents.text("e1", "https://news.example.com/story/3", story));
		send("b", RawEvents.text("e2", "https://partner.example.org/syndicated/3", story));

		assertThat(published()).extracting(NormalizedArticleEvent::eventId).containsExactly("e1");
		assertThat(this.registry.counter("articles.duplicates", "kind", "syndicated", "action", "dropped").count())
			.isEqualTo(1);
		assertNothingPending();
	}

	@Test
	void flagsANearCopyUnderAnotherUrlAsANearDuplicate() {
		start(DedupePolicy.defaults());
		String story = RawEvents.story(4, 8);
		String edited = RawEvents.edited(story);
		assertThat(distance(story, edited)).as("precondition: the edit is a near copy").isBetween(1, 3);
		send("a", RawEvents.text("e1", "https://news.example.com/story/4", story));
		send("b", RawEvents.text("e2", "https://partner.example.org/story/4", edited));
		send("c", RawEvents.text("e3", "https://other.example.org/story/5", RawEvents.story(5, 8)));

		List<NormalizedArticleEvent> out = published();
		assertThat(out).hasSize(3);
		assertThat(out.get(1).nearDuplicateOf()).isEqualTo(out.get(0).articleId());
		assertThat(out.get(1).duplicateOf()).isNull();
		assertThat(out.get(2).nearDuplicateOf()).isNull();
		assertThat(this.registry.counter("articles.duplicates", "kind", "near-duplicate", "action", "flagged").count())
			.isEqualTo(1);
	}

	@Test
	void doesNotFlagNearCopiesBeyondTheConfiguredDistance() {
		start(new DedupePolicy(DuplicateAction.FLAG, DuplicateAction.FLAG, 0));
		String story = RawEvents.story(4, 8);
		String edited = RawEvents.edited(story);
		assertThat(distance(story, edited)).as("precondition").isPositive();
		send("a", RawEvents.text("e1", "https://news.example.com/story/4", story));
		send("b", RawEvents.text("e2", "https://partner.example.org/story/4", edited));

		assertThat(published()).extracting(NormalizedArticleEvent::nearDuplicateOf).containsOnlyNulls();
	}

	@Test
	void dropsNearCopiesUnderTheDropPolicy() {
		start(new DedupePolicy(DuplicateAction.FLAG, DuplicateAction.DROP, 3));
		String story = RawEvents.story(4, 8);
		send("a", RawEvents.text("e1", "https://news.example.com/story/4", story));
		send("b", RawEvents.text("e2", "https://partner.example.org/story/4", RawEvents.edited(story)));

		assertThat(published()).extracting(NormalizedArticleEvent::eventId).containsExactly("e1");
	}

	@Test
	void forgetsArticlesAfterTheRetention() {
		start(DedupePolicy.defaults());
		String story = RawEvents.story(1, 6);
		send("k", RawEvents.text("e1", "https://news.example.com/story/1", story));
		this.driver.advanceWallClockTime(Duration.ofDays(50));
		// a write of another key moves the stores' time on, so the old segments go
		send("x", RawEvents.text("e2", "https://news.example.com/story/2", RawEvents.story(2, 6)));
		send("k", RawEvents.text("e3", "https://news.example.com/story/1", story));

		List<NormalizedArticleEvent> out = published();
		assertThat(out).extracting(NormalizedArticleEvent::eventId).containsExactly("e1", "e2", "e3");
		assertThat(out.get(2).revision()).isEqualTo(1);
	}

	@Test
	void deadLettersCorruptJsonWithTheOriginalBytesAndHeaders() {
		start(DedupePolicy.defaults());
		byte[] corrupt = "{\"url\": \"https://news.example.com/x\", \"text\": ".getBytes(StandardCharsets.UTF_8);
		Headers headers = new org.apache.kafka.common.header.internals.RecordHeaders();
		headers.add("trace", utf8("t-1"));
		this.raw.pipeInput(new TestRecord<>(utf8("key-1"), corrupt, headers, START));

		TestRecord<byte[], byte[]> letter = this.deadLetters.readRecord();
		assertThat(letter.key()).isEqualTo(utf8("key-1"));
		assertThat(letter.value()).isEqualTo(corrupt);
		assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("malformed-json");
		assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("normalize");
		assertThat(header(letter, DeadLetterHeaders.EXCEPTION_CLASS))
			.isEqualTo("com.example.articles.contract.EventRejectedException");
		assertThat(header(letter, DeadLetterHeaders.EXCEPTION_MESSAGE)).startsWith("not valid JSON");
		assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("raw");
		assertThat(header(letter, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
		assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
		assertThat(header(letter, DeadLetterHeaders.VALUE_FORMAT)).isEqualTo("raw");
		assertThat(header(letter, "trace")).isEqualTo("t-1");
		assertThat(this.normalized.isEmpty()).isTrue();
		assertThat(this.registry.counter("articles.dead.letters", "stage", "normalize", "reason", "malformed-json")
			.count()).isEqualTo(1);
	}

	@Test
	void deadLettersAContractViolationWithItsEventId() {
		start(DedupePolicy.defaults());
		send("k", "{\"eventId\": \"bad-1\", \"url\": \"ftp://example.com/x\", \"text\": \"Hello there.\"}");

		TestRecord<byte[], byte[]> letter = this.deadLetters.readRecord();
		assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("contract-violation");
		assertThat(header(letter, DeadLetterHeaders.EVENT_ID)).isEqualTo("bad-1");
		assertThat(header(letter, DeadLetterHeaders.EXCEPTION_MESSAGE)).contains("url");
	}

	@Test
	void deadLettersAnEventOverTheSizeLimit() {
		start(DedupePolicy.defaults(), 2_000);
		String big = RawEvents.text("big-1", "https://news.example.com/big", RawEvents.story(9, 30));
		assertThat(big.length()).as("precondition").isGreaterThan(2_000);
		send("k", big);

		TestRecord<byte[], byte[]> letter = this.deadLetters.readRecord();
		assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("too-large");
		assertThat(letter.value()).isEqualTo(utf8(big));
		assertThat(this.normalized.isEmpty()).isTrue();
	}

	@Test
	void deadLettersAnEventTheNormalizerRejects() {
		start(DedupePolicy.defaults());
		send("k", RawEvents.text("empty-1", "https://news.example.com/empty", "   \n\n   "));

		TestRecord<byte[], byte[]> letter = this.deadLetters.readRecord();
		assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("no-content");
		assertThat(header(letter, DeadLetterHeaders.EVENT_ID)).isEqualTo("empty-1");
	}

	@Test
	void deadLettersARecordWithoutValue() {
		start(DedupePolicy.defaults());
		this.raw.pipeInput(utf8("k"), (byte[]) null);

		TestRecord<byte[], byte[]> letter = this.deadLetters.readRecord();
		assertThat(letter.value()).isNull();
		assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("malformed-json");
	}

	@Test
	void deadLettersAnUnexpectedFailureAndGoesOnWithTheNextRecord() {
		ArticleNormalizer real = normalizer(NormalizerSettings.DEFAULT_MAX_EVENT_BYTES);
		start(DedupePolicy.defaults(), (bytes) -> {
			if (new String(bytes, StandardCharsets.UTF_8).contains("boom")) {
				throw new IllegalStateException("boom: a bug in the normalizer");
			}
			return real.normalize(bytes);
		}, NormalizerSettings.DEFAULT_MAX_EVENT_BYTES);
		String boom = RawEvents.text("boom-1", "https://news.example.com/boom", "boom\n\n" + RawEvents.story(7, 3));
		send("k", boom);
		send("k", RawEvents.text("e2", "https://news.example.com/story/8", RawEvents.story(8, 3)));

		TestRecord<byte[], byte[]> letter = this.deadLetters.readRecord();
		assertThat(letter.value()).isEqualTo(utf8(boom));
		assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("internal-error");
		assertThat(header(letter, DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo("java.lang.IllegalStateException");
		assertThat(header(letter, DeadLetterHeaders.EXCEPTION_MESSAGE)).isEqualTo("boom: a bug in the normalizer");
		assertThat(published()).extracting(NormalizedArticleEvent::eventId).containsExactly("e2");
	}

	@Test
	void decidesAnArticleWhoseVerdictsNeverCameAfterTheMaximumWait() {
		start(DedupePolicy.defaults());
		NormalizedArticleEvent event = normalizer(NormalizerSettings.DEFAULT_MAX_EVENT_BYTES)
			.normalize(utf8(RawEvents.text("e9", "https://news.example.com/story/9", RawEvents.story(9, 4))));
		KeyValueStore<String, ArticleEnvelope> articles = this.driver
			.getKeyValueStore(ArticleTopology.PENDING_ARTICLES_STORE);
		KeyValueStore<String, PendingRequests> requests = this.driver
			.getKeyValueStore(ArticleTopology.PENDING_REQUESTS_STORE);
		articles.put(event.articleId() + "/0@99",
				new ArticleEnvelope(new SourceRecord("raw", 0, 99, START.toEpochMilli()), 5, event));
		requests.put(event.articleId(),
				new PendingRequests(List.of(PendingRequest.awaiting("0@99", 5, START.toEpochMilli()).arrived(false))));

		this.driver.advanceWallClockTime(Duration.ofMinutes(2));
		assertThat(this.normalized.isEmpty()).as("still within the maximum wait").isTrue();
		this.driver.advanceWallClockTime(ArticleDedupeProcessor.MAX_WAIT);

		assertThat(published()).extracting(NormalizedArticleEvent::eventId).containsExactly("e9");
		assertNothingPending();
	}

	@Test
	void dropsLeftoverRequestsAfterTheMaximumWait() {
		start(DedupePolicy.defaults());
		KeyValueStore<String, PendingRequests> requests = this.driver
			.getKeyValueStore(ArticleTopology.PENDING_REQUESTS_STORE);
		requests.put("orphan", new PendingRequests(List.of(PendingRequest.awaiting("9@9", 5, START.toEpochMilli()))));

		this.driver.advanceWallClockTime(ArticleDedupeProcessor.MAX_WAIT.plusMinutes(2));

		assertNothingPending();
	}

	@Test
	void namesEveryInternalResource() {
		StreamsBuilder builder = new StreamsBuilder();
		ArticleTopology.build(builder, settings(DedupePolicy.defaults(), 1000), (bytes) -> {
			throw new UnsupportedOperationException();
		}, PipelineMetrics.none());
		String description = builder.build(properties()).describe().toString();
		assertThat(description).contains("articles-by-id-repartition", "fingerprint-probes-repartition",
				"fingerprint-verdicts-repartition", "stores: [content-index, simhash-index]",
				"stores: [pending-articles, pending-requests, article-history]");
		assertThat(description).doesNotContain("KSTREAM", "KTABLE");
	}

	private void start(DedupePolicy policy) {
		start(policy, NormalizerSettings.DEFAULT_MAX_EVENT_BYTES);
	}

	private void start(DedupePolicy policy, long maxEventBytes) {
		start(policy, normalizer(maxEventBytes)::normalize, maxEventBytes);
	}

	private void start(DedupePolicy policy, EventNormalizer normalizer, long maxEventBytes) {
		StreamsBuilder builder = new StreamsBuilder();
		ArticleTopology.build(builder, settings(policy, maxEventBytes), normalizer,
				new MicrometerPipelineMetrics(this.registry));
		Properties props = properties();
		this.driver = new TopologyTestDriver(builder.build(props), props, START);
		this.raw = this.driver.createInputTopic(TOPICS.raw(), new ByteArraySerializer(), new ByteArraySerializer(),
				START, Duration.ofSeconds(1));
		this.normalized = this.driver.createOutputTopic(TOPICS.normalized(), new StringDeserializer(),
				new StringDeserializer());
		this.deadLetters = this.driver.createOutputTopic(TOPICS.deadLetters(), new ByteArrayDeserializer(),
				new ByteArrayDeserializer());
	}

	private static PipelineSettings settings(DedupePolicy policy, long maxEventBytes) {
		return new PipelineSettings(TOPICS, policy, Duration.ofDays(30), Duration.ofDays(1), maxEventBytes, 1000);
	}

	private Properties properties() {
		Properties props = new Properties();
		props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test-articles");
		props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		props.put(StreamsConfig.STATE_DIR_CONFIG, this.stateDir.toString());
		props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
		return props;
	}

	private static ArticleNormalizer normalizer(long maxEventBytes) {
		return new ArticleNormalizer(new NormalizerSettings(maxEventBytes),
				Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
	}

	private void send(String key, String json) {
		byte[] keyBytes = (key != null) ? utf8(key) : null;
		this.raw.pipeInput(keyBytes, utf8(json));
	}

	private List<NormalizedArticleEvent> published() {
		return this.normalized.readValuesToList().stream().map((json) -> EventJson.readNormalized(utf8(json))).toList();
	}

	private void assertNothingPending() {
		KeyValueStore<String, Object> articles = this.driver.getKeyValueStore(ArticleTopology.PENDING_ARTICLES_STORE);
		KeyValueStore<String, Object> requests = this.driver.getKeyValueStore(ArticleTopology.PENDING_REQUESTS_STORE);
		try (KeyValueIterator<String, Object> a = articles.all(); KeyValueIterator<String, Object> r = requests.all()) {
			assertThat(a.hasNext()).as("articles waiting").isFalse();
			assertThat(r.hasNext()).as("requests waiting").isFalse();
		}
	}

	private static int distance(String storyA, String storyB) {
		ArticleNormalizer normalizer = normalizer(NormalizerSettings.DEFAULT_MAX_EVENT_BYTES);
		NormalizedArticleEvent a = normalizer.normalize(utf8(RawEvents.text("a", "https://a.example.com/", storyA)));
		NormalizedArticleEvent b = normalizer.normalize(utf8(RawEvents.text("b", "https://b.example.com/", storyB)));
		return SimHash.distance(SimHash.fromHex(a.simhash()), SimHash.fromHex(b.simhash()));
	}

	private static String header(TestRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
