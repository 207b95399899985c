package com.example.articles.pipeline;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import com.example.articles.contract.NormalizedArticleEvent;

/**
 * The topology, as a plain method over a {@link StreamsBuilder} (the application and the
 * tests build it the same way). Three sub-topologies:
 * <ol>
 * <li>{@code normalize} (partitioned like the raw topic): raw bytes to a normalized
 * article, repartitioned by article id ({@code articles-by-id}), plus one small probe per
 * fingerprint index key ({@code fingerprint-probes}); bad events to the dead-letter
 * topic.</li>
 * <li>{@code fingerprint-index} (partitioned by index key): exact content by content
 * hash, near content by simhash band; verdicts back by article id
 * ({@code fingerprint-verdicts}).</li>
 * <li>{@code dedupe} (partitioned by article id): meets article and verdicts, decides
 * with the article's history, publishes.</li>
 * </ol>
 * Every processor, store and internal topic is named here.
 */
public final class ArticleTopology {

	public static final String CONTENT_INDEX_STORE = "content-index";

	public static final String SIMHASH_INDEX_STORE = "simhash-index";

	public static final String ARTICLE_HISTORY_STORE = "article-history";

	public static final String PENDING_ARTICLES_STORE = "pending-articles";

	public static final String PENDING_REQUESTS_STORE = "pending-requests";

	/** Internal topic names, prefixed by Kafka Streams with the application id. */
	public static final String ARTICLES_BY_ID = "articles-by-id";

	public static final String FINGERPRINT_PROBES = "fingerprint-probes";

	public static final String FINGERPRINT_VERDICTS = "fingerprint-verdicts";

	private ArticleTopology() {
	}

	/** Adds the topology to the builder; returns the raw input stream. */
	public static KStream<byte[], byte[]> build(StreamsBuilder builder, PipelineSettings settings,
			EventNormalizer normalizer, PipelineMetrics metrics) {
		Serde<byte[]> bytes = Serdes.ByteArray();
		Serde<PipelineMessage> messages = new JsonSerde<>(PipelineMessage.class);
		addStores(builder, settings);

		KStream<byte[], byte[]> raw = builder.stream(settings.topics().raw(),
				Consumed.with(bytes, bytes).withName("raw-events"));
		Map<String, KStream<byte[], PipelineMessage>> normalized = raw
			.process(() -> new NormalizeProcessor(normalizer, settings, metrics), Named.as("normalize"))
			.split(Named.as("normalized-"))
			.branch((key, value) -> value instanceof DeadLetter, Branched.as("dead-letters"))
			.branch((key, value) -> value instanceof FingerprintProbe, Branched.as("probes"))
			.defaultBranch(Branched.as("articles"));
		toDeadLetters(normalized.get("normalized-dead-letters"), "normalize", settings.topics());

		KStream<byte[], PipelineMessage> verdicts = normalized.get("normalized-probes")
			.repartition(Repartitioned.with(bytes, messages).withName(FINGERPRINT_PROBES))
			.process(() -> new FingerprintIndexProcessor(settings, metrics), Named.as("fingerprint-index"),
					CONTENT_INDEX_STORE, SIMHASH_INDEX_STORE)
			.repartition(Repartitioned.with(bytes, messages).withName(FINGERPRINT_VERDICTS));

		Map<String, KStream<byte[], PipelineMessage>> decided = normalized.get("normalized-articles")
			.repartition(Repartitioned.with(bytes, messages).withName(ARTICLES_BY_ID))
			.merge(verdicts, Named.as("articles-and-verdicts"))
			.process(() -> new ArticleDedupeProcessor(settings, metrics), Named.as("dedupe"), ARTICLE_HISTORY_STORE,
					PENDING_ARTICLES_STORE, PENDING_REQUESTS_STORE)
			.split(Named.as("decided-"))
			.branch((key, value) -> value instanceof DeadLetter, Branched.as("dead-letters"))
			.defaultBranch(Branched.as("published"));
		toDeadLetters(decided.get("decided-dead-letters"), "dedupe", settings.topics());
		decided.get("decided-published")
			.mapValues((value) -> ((Publication) value).event(), Named.as("published-event"))
			.to(settings.topics().normalized(),
					Produced.with(bytes, new JsonSerde<>(NormalizedArticleEvent.class)).withName("normalized-events"));
		return raw;
	}

	private static void toDeadLetters(KStream<byte[], PipelineMessage> letters, String stage, Topics topics) {
		letters.mapValues((value) -> ((DeadLetter) value).value(), Named.as(stage + "-dead-letter-value"))
			.to(topics.deadLetters(),
					Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(stage + "-dead-letters"));
	}

	private static void addStores(StreamsBuilder builder, PipelineSettings settings) {
		Duration retention = settings.retention();
		// A window of 1 ms: the stores are used as expiring key-value stores, one entry
		// per key at the time it was last written.
		Duration window = Duration.ofMillis(1);
		builder.addStateStore(Stores
			.windowStoreBuilder(Stores.persistentWindowStore(CONTENT_INDEX_STORE, retention, window, false),
					Serdes.String(), StoreSerdes.content())
			.withCachingEnabled());
		builder.addStateStore(Stores
			.windowStoreBuilder(Stores.persistentWindowStore(SIMHASH_INDEX_STORE, retention, window, false),
					Serdes.String(), StoreSerdes.simhash())
			.withCachingEnabled());
		builder.addStateStore(Stores
			.windowStoreBuilder(Stores.persistentWindowStore(ARTICLE_HISTORY_STORE, retention, window, false),
					Serdes.String(), StoreSerdes.history())
			.withCachingEnabled());
		builder.addStateStore(
				Stores
					.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_ARTICLES_STORE), Serdes.String(),
							new JsonSerde<>(ArticleEnvelope.class))
					.withCachingEnabled());
		builder.addStateStore(
				Stores
					.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_REQUESTS_STORE), Serdes.String(),
							new JsonSerde<>(PendingRequests.class))
					.withCachingEnabled());
	}

}
