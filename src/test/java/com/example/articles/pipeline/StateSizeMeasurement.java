package com.example.articles.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.articles.contract.EventJson;
import com.example.articles.dedupe.DedupePolicy;
import com.example.articles.normalize.ArticleNormalizer;
import com.example.articles.normalize.NormalizerSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the dedupe state per article: pushes N distinct synthetic articles through the
 * real topology (TopologyTestDriver, the same RocksDB stores and serdes as in
 * production), then reports the stores' logical size (key + value bytes, what the
 * compacted changelogs hold, plus 12 bytes of window key per entry there) and their size
 * on disk after a flush. Not a unit test: run it on demand,
 * {@code ./mvnw -o test -Dtest=StateSizeMeasurement -Dstate-size.articles=100000
 * -Dstate-size.dir=/dev/shm/state-size}.
 */
@EnabledIfSystemProperty(named = "state-size.articles", matches = "\\d+")
class StateSizeMeasurement {

	private static final Logger logger = LoggerFactory.getLogger(StateSizeMeasurement.class);

	private static final Topics TOPICS = new Topics("raw", "normalized", "raw.dlt");

	@TempDir
	Path stateDir;

	@Test
	void measure() {
		int articles = Integer.getInteger("state-size.articles");
		Instant start = Instant.parse("2026-03-01T00:00:00Z");
		StreamsBuilder builder = new StreamsBuilder();
		ArticleNormalizer normalizer = new ArticleNormalizer(NormalizerSettings.defaults(),
				Clock.fixed(start, ZoneOffset.UTC));
		ArticleTopology.build(builder,
				new PipelineSettings(TOPICS, DedupePolicy.defaults(), Duration.ofDays(30), Duration.ofDays(1),
						NormalizerSettings.DEFAULT_MAX_EVENT_BYTES, 1000),
				normalizer::normalize, PipelineMetrics.none());
		Properties props = new Properties();
		props.put(StreamsConfig.APPLICATION_ID_CONFIG, "state-size");
		props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		// The driver commits, and so fsyncs checkpoints, after every record: a tmpfs
		// directory (-Dstate-size.dir=/dev/shm/...) makes a large run take minutes, not
		// hours.
		Path dir = this.stateDir;
		if (System.getProperty("state-size.dir") != null) {
			dir = Path.of(System.getProperty("state-size.dir"));
		}
		props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
		props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		long began = System.nanoTime();
		try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(props), props, start)) {
			TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(TOPICS.raw(), new ByteArraySerializer(),
					new ByteArraySerializer(), start, Duration.ofMillis(10));
			Random random = new Random(1);
			for (int i = 0; i < articles; i++) {
				raw.pipeInput(null, syntheticEvent(i, random));
				if (i > 0 && i % (articles / 10) == 0) {
					logger.info("{} articles in", i);
				}
				if (i > 0 && i % 1000 == 0) {
					// the driver's clock moves on like a day of scraping
					driver.advanceWallClockTime(Duration.ofSeconds(1));
				}
			}
			long logical = 0;
			for (String store : new String[] { ArticleTopology.ARTICLE_HISTORY_STORE,
					ArticleTopology.CONTENT_INDEX_STORE, ArticleTopology.SIMHASH_INDEX_STORE }) {
				WindowStore<String, Object> windowStore = driver.getWindowStore(store);
				windowStore.flush();
				long[] size = logicalSize(windowStore, store);
				logger.info("store {}: {} entries, {} bytes of key and value, {} bytes per article", store, size[0],
						size[1], size[1] / articles);
				logical += size[1] + size[0] * 12;
			}
			long disk = diskSize(dir);
			logger.info(
					"{} articles in {} s: logical state (changelog) {} bytes = {} bytes per article = {} MB per million;"
							+ " RocksDB on disk {} bytes = {} bytes per article = {} MB per million",
					articles, (System.nanoTime() - began) / 1_000_000_000, logical, logical / articles,
					logical * 1_000_000L / articles / 1_000_000, disk, disk / articles,
					disk * 1_000_000L / articles / 1_000_000);
			assertThat(logical).isPositive();
		}
	}

	private static long[] logicalSize(WindowStore<String, Object> store, String name) {
		Serde<?> valueSerde = switch (name) {
			case ArticleTopology.ARTICLE_HISTORY_STORE -> StoreSerdes.history();
			case ArticleTopology.CONTENT_INDEX_STORE -> StoreSerdes.content();
			default -> StoreSerdes.simhash();
		};
		@SuppressWarnings("unchecked")
		Serializer<Object> serde = (Serializer<Object>) valueSerde.serializer();
		long entries = 0;
		long bytes = 0;
		try (KeyValueIterator<Windowed<String>, Object> all = store.all()) {
			while (all.hasNext()) {
				KeyValue<Windowed<String>, Object> entry = all.next();
				entries++;
				bytes += Serdes.String().serializer().serialize(name, entry.key.key()).length
						+ serde.serialize(name, entry.value).length;
			}
		}
		return new long[] { entries, bytes };
	}

	private static long diskSize(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					return 0;
				}
			}).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] syntheticEvent(int i, Random random) {
		StringBuilder text = new StringBuilder("Synthetic article ").append(i);
		for (int p = 0; p < 3; p++) {
			text.append("\n\n");
			for (int w = 0; w < 60; w++) {
				text.append(Integer.toString(random.nextInt(50_000), 36)).append(' ');
			}
		}
		String json = String.format(Locale.ROOT,
				"{\"eventId\":\"s-%d\",\"url\":\"https://site%d.example.com/news/%d\"," + "\"text\":%s}", i, i % 100, i,
				EventJson.toJson(text.toString()));
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
