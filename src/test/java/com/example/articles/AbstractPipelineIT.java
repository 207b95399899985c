package com.example.articles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.example.articles.contract.EventJson;
import com.example.articles.contract.NormalizedArticleEvent;
import com.example.articles.fingerprint.SimHash;
import com.example.articles.normalize.ArticleNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against a real broker: the subclasses supply it (embedded KRaft, or a
 * Testcontainers apache/kafka when Docker is there). Each test runs the application on
 * its own topics and application id, and reads the output like a CMS would:
 * read_committed.
 */
abstract class AbstractPipelineIT {

	private static final Duration WAIT = Duration.ofSeconds(90);

	/** How long the output must stay unchanged before it is taken as complete. */
	private static final Duration QUIET = Duration.ofSeconds(3);

	private final List<ConfigurableApplicationContext> applications = new ArrayList<>();

	private String suffix;

	private String rawTopic;

	private String normalizedTopic;

	private String deadLetterTopic;

	private KafkaProducer<String, byte[]> producer;

	private final AtomicLong clock = new AtomicLong();

	protected abstract String bootstrapServers();

	@BeforeEach
	void createTopics() throws Exception {
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.rawTopic = "it-raw-" + this.suffix;
		this.normalizedTopic = "it-normalized-" + this.suffix;
		this.deadLetterTopic = "it-dlt-" + this.suffix;
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(this.rawTopic, 4, (short) 1),
					new NewTopic(this.normalizedTopic, 2, (short) 1).configs(Map.of("cleanup.policy", "compact")),
					new NewTopic(this.deadLetterTopic, 1, (short) 1)))
				.all()
				.get();
		}
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new ByteArraySerializer());
	}

	@AfterEach
	void stopApplications() {
		this.applications.forEach(ConfigurableApplicationContext::close);
		this.producer.close();
	}

	@Test
	void publishesNewRepeatedUpdatedSyndicatedAndNearCopiesExactlyAndDeadLettersTheBadOnes() throws Exception {
		String storyA = story(1);
		String storyB = story(2);
		String storyC = story(3);
		Map<String, byte[]> bad = new HashMap<>();
		bad.put("malformed-json", utf8("{\"eventId\": \"bad-json\", \"url\": \"https://news.example.com/x\""));
		bad.put("contract-violation", utf8(event("bad-url", "ftp://news.example.com/y", storyA)));
		bad.put("too-large", utf8(event("too-large", "https://news.example.com/z", story(9).repeat(40))));
		bad.put("no-content", utf8(event("empty", "https://news.example.com/empty", " \n\n ")));
		start();

		// Raw events keyed by story: the scrapes of one story keep their order.
		send("story-a", event("a1", "https://news.example.com/a", storyA));
		send("story-b", event("b1", "https://news.example.com/b", storyB));
		send("story-a", event("a2", "https://news.example.com/a?utm_source=feed", storyA));
		send("story-a", event("a3", "https://news.example.com/a", storyA + "\n\nUpdate: the ferry runs again."));
		send("story-b", event("b-syndicated", "https://partner.example.org/copy-of-b", storyB));
		send("story-c", event("c1", "https://news.example.com/c", storyC));
		send("story-c", event("c-near", "https://other.example.net/c", storyC.replaceFirst("discussed", "debated")));
		bad.forEach((reason, value) -> this.producer.send(new ProducerRecord<>(this.rawTopic, "bad", value)));
		this.producer.flush();

		Map<String, NormalizedArticleEvent> out = byEventId(await(this.normalizedTopic, 6));
		assertThat(out.keySet()).containsExactlyInAnyOrder("a1", "b1", "a3", "b-syndicated", "c1", "c-near");
		assertThat(out.get("a1").revision()).isEqualTo(1);
		assertThat(out.get("a3").revision()).isEqualTo(2);
		assertThat(out.get("a3").articleId()).isEqualTo(out.get("a1").articleId());
		assertThat(out.get("b-syndicated").duplicateOf()).isEqualTo(out.get("b1").articleId());
		assertThat(out.get("c-near").nearDuplicateOf()).isEqualTo(out.get("c1").articleId());
		assertThat(out.get("c-near").duplicateOf()).isNull();
		assertThat(out.values()).filteredOn((e) -> !e.eventId().endsWith("syndicated") && !e.eventId().endsWith("near"))
			.allSatisfy((e) -> {
				assertThat(e.duplicateOf()).isNull();
				assertThat(e.nearDuplicateOf()).isNull();
			});

		List<ConsumerRecord<String, byte[]>> letters = await(this.deadLetterTopic, 4);
		Map<String, byte[]> byReason = new HashMap<>();
		for (ConsumerRecord<String, byte[]> letter : letters) {
			assertThat(letter.key()).isEqualTo("bad");
			assertThat(header(letter, "dlt.source.topic")).isEqualTo(this.rawTopic);
			assertThat(header(letter, "dlt.stage")).isEqualTo("normalize");
			byReason.put(header(letter, "dlt.reason"), letter.value());
		}
		assertThat(byReason).containsOnlyKeys(bad.keySet());
		bad.forEach((reason, value) -> assertThat(byReason.get(reason)).as(reason).isEqualTo(value));
	}

	@Test
	void losesNothingAndPublishesNothingTwiceWhenStoppedMidStream() throws Exception {
		ConfigurableApplicationContext first = start();
		awaitRunning(first);
		// stories (and some repeats) keep coming while the first instance works, stops,
		// and after it stopped
		AtomicBoolean stopped = new AtomicBoolean();
		CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(() -> {
			int sentAfterStop = 0;
			int i = 0;
			while (i < 300 && sentAfterStop < 10) {
				send("s" + i, event("s" + i, "https://news.example.com/s/" + i, story(100 + i)));
				if (i % 4 == 0) {
					send("s" + (i / 4), event("s" + (i / 4) + "-again", "https://news.example.com/s/" + (i / 4),
							story(100 + i / 4)));
				}
				this.producer.flush();
				sentAfterStop += stopped.get() ? 1 : 0;
				i++;
				sleep(50);
			}
			return i;
		});
		awaitAtLeast(this.normalizedTopic, 3);
		first.close();
		stopped.set(true);
		int stories = sending.get();
		start();
		// after the restart: repeats of stories the first instance saw, and updates
		for (int i = 0; i < 10; i++) {
			send("s" + i, event("s" + i + "-third", "https://news.example.com/s/" + i, story(100 + i)));
		}
		for (int i = 0; i < 5; i++) {
			send("s" + i,
					event("s" + i + "-update", "https://news.example.com/s/" + i, story(100 + i) + "\n\nCorrection."));
		}
		this.producer.flush();

		List<ConsumerRecord<String, byte[]>> records = await(this.normalizedTopic, stories + 5);
		List<String> eventIds = records.stream().map((r) -> read(r).eventId()).toList();
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < stories; i++) {
			expected.add("s" + i);
		}
		for (int i = 0; i < 5; i++) {
			expected.add("s" + i + "-update");
		}
		assertThat(eventIds).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(records.stream().map(AbstractPipelineIT::read)).filteredOn((e) -> e.eventId().endsWith("-update"))
			.extracting(NormalizedArticleEvent::revision)
			.containsOnly(2);
		assertThat(readAll(this.deadLetterTopic)).isEmpty();
		assertThat(stories).as("events sent after the first instance stopped").isGreaterThan(10);
	}

	@Test
	void findsCopiesAcrossInstancesThatShareThePartitions() throws Exception {
		ConfigurableApplicationContext first = start();
		ConfigurableApplicationContext second = start();
		awaitRunning(first);
		awaitRunning(second);
		// Each pair under different keys: the two copies land in either raw partition,
		// so often on different instances.
		for (int i = 0; i < 6; i++) {
			String story = story(200 + i);
			send("origin-" + i, event("p" + i + "-a", "https://news.example.com/p/" + i, story));
			send("copy-" + i, event("p" + i + "-b", "https://partner.example.org/p/" + i,
					(i % 2 == 0) ? story : nearCopy(story)));
		}
		this.producer.flush();

		Map<String, NormalizedArticleEvent> out = byEventId(await(this.normalizedTopic, 12));
		assertThat(out).hasSize(12);
		for (int i = 0; i < 6; i++) {
			NormalizedArticleEvent a = out.get("p" + i + "-a");
			NormalizedArticleEvent b = out.get("p" + i + "-b");
			// whichever reached the index first is the original; the other points at it
			List<String> links = new ArrayList<>();
			for (NormalizedArticleEvent e : List.of(a, b)) {
				links.add((i % 2 == 0) ? e.duplicateOf() : e.nearDuplicateOf());
			}
			assertThat(links).as("pair %d", i)
				.containsExactlyInAnyOrder(null, (links.get(0) != null) ? b.articleId() : a.articleId());
		}
	}

	/** The story with as few words changed as make its simhash move by 1 to 3 bits. */
	private static String nearCopy(String story) {
		String copy = story;
		for (int changed = 1; changed < 20; changed++) {
			copy = copy.replaceFirst("discussed", "debated");
			int distance = distance(story, copy);
			if (distance >= 1 && distance <= 3) {
				return copy;
			}
		}
		throw new IllegalStateException("no near copy of the story found");
	}

	private static int distance(String a, String b) {
		ArticleNormalizer normalizer = new ArticleNormalizer();
		return SimHash.distance(
				SimHash.fromHex(normalizer.normalize(utf8(event("a", "https://a.example.com/", a))).simhash()),
				SimHash.fromHex(normalizer.normalize(utf8(event("b", "https://b.example.com/", b))).simhash()));
	}

	private ConfigurableApplicationContext start() throws Exception {
		Path stateDir = Files.createTempDirectory("it-streams-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ArticleIngestionApplication.class).run(
				"--spring.kafka.bootstrap-servers=" + bootstrapServers(), "--server.port=0",
				"--spring.kafka.streams.application-id=it-" + this.suffix,
				"--spring.kafka.streams.state-dir=" + stateDir, "--articles.topics.raw=" + this.rawTopic,
				"--articles.topics.normalized=" + this.normalizedTopic,
				"--articles.topics.dead-letters=" + this.deadLetterTopic, "--articles.topics.create=false",
				"--articles.limits.max-event-size=64KB", "--spring.jmx.enabled=false",
				// a stopped instance's partitions move after the session timeout
				"--spring.kafka.streams.properties.session.timeout.ms=6000",
				"--spring.kafka.streams.properties.heartbeat.interval.ms=1500");
		this.applications.add(context);
		return context;
	}

	private static void awaitRunning(ConfigurableApplicationContext context) {
		StreamsBuilderFactoryBean streams = context.getBean(StreamsBuilderFactoryBean.class);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline && (streams.getKafkaStreams() == null
				|| streams.getKafkaStreams().state() != KafkaStreams.State.RUNNING)) {
			sleep(100);
		}
	}

	/**
	 * Sends with a timestamp of its own, a millisecond after the previous one: the order
	 * of first sightings (event time) is then the order of sending.
	 */
	private void send(String key, String json) {
		long timestamp = this.clock.updateAndGet((last) -> Math.max(last + 1, System.currentTimeMillis()));
		this.producer.send(new ProducerRecord<>(this.rawTopic, null, timestamp, key, utf8(json)));
	}

	/**
	 * Waits for at least {@code count} records, then until no more arrive for a while:
	 * the caller asserts that there are exactly as many as expected.
	 */
	private List<ConsumerRecord<String, byte[]>> await(String topic, int count) {
		try (KafkaConsumer<String, byte[]> consumer = consumer(topic)) {
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			long deadline = System.nanoTime() + WAIT.toNanos();
			long quietSince = System.nanoTime();
			while (System.nanoTime() < deadline) {
				int before = records.size();
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
				if (records.size() != before) {
					quietSince = System.nanoTime();
				}
				if (records.size() >= count && System.nanoTime() - quietSince > QUIET.toNanos()) {
					break;
				}
			}
			return records;
		}
	}

	private void awaitAtLeast(String topic, int count) {
		poll(topic, (records) -> records.size() >= count);
	}

	private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
		return await(topic, 0);
	}

	private void poll(String topic, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
		try (KafkaConsumer<String, byte[]> consumer = consumer(topic)) {
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (!done.test(records) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(100)).forEach(records::add);
			}
		}
	}

	private KafkaConsumer<String, byte[]> consumer(String topic) {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
						ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = consumer.partitionsFor(topic)
			.stream()
			.map((p) -> new TopicPartition(topic, p.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		return consumer;
	}

	private static Map<String, NormalizedArticleEvent> byEventId(List<ConsumerRecord<String, byte[]>> records) {
		Map<String, NormalizedArticleEvent> events = new HashMap<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			NormalizedArticleEvent event = read(record);
			assertThat(events.put(event.eventId(), event)).as("published twice: %s", event.eventId()).isNull();
			assertThat(record.key()).isEqualTo(event.articleId());
		}
		return events;
	}

	private static NormalizedArticleEvent read(ConsumerRecord<String, byte[]> record) {
		return EventJson.readNormalized(record.value());
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		var header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/** A made-up story, different for every seed, long enough for a stable simhash. */
	static String story(int seed) {
		String[] words = { "council", "river", "bridge", "budget", "school", "harbour", "museum", "station", "festival",
				"library", "market", "garden", "tunnel", "ferry", "hospital", "stadium" };
		StringBuilder text = new StringBuilder("Story " + seed + " about the " + words[seed % words.length]);
		for (int p = 0; p < 8; p++) {
			text.append("\n\n");
			for (int s = 0; s < 4; s++) {
				text.append(String.format(Locale.ROOT,
						"The %s near the %s was discussed in paragraph %d sentence %d of story %d. ",
						words[(seed * 31 + p * 7 + s * 3) % words.length],
						words[(seed * 17 + p * 5 + s * 11 + 1) % words.length], p, s, seed));
			}
		}
		return text.toString();
	}

	static String event(String eventId, String url, String text) {
		Map<String, String> event = new HashMap<>();
		event.put("eventId", eventId);
		event.put("url", url);
		event.put("text", text);
		return EventJson.toJson(event);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
