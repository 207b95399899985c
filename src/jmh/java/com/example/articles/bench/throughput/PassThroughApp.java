package com.example.articles.bench.throughput;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * The floor of the service's Kafka work: a bare exactly-once Kafka Streams pass-through
 * with one repartition and one RocksDB store put per record, no normalizing. Raw bytes
 * in, a new key (as the service re-keys by article id), repartitioned, put into a
 * persistent key-value store (with a changelog and caching, like the service's stores),
 * forwarded unchanged to the output topic. Same client settings as the service (see
 * {@link #properties}). Prints {@code RUNNING} once the streams run.
 * <p>
 * {@code PassThroughApp BOOTSTRAP APPLICATION_ID STATE_DIR IN_TOPIC OUT_TOPIC [key=value...]}
 */
public final class PassThroughApp {

	static final String STORE = "passthrough-store";

	static final String REPARTITION = "passthrough-by-key";

	/**
	 * The service's limit (articles.limits.max-event-size 10MB) plus 1 MB, as it derives.
	 */
	static final long MESSAGE_BYTES = 11L * 1024 * 1024;

	private PassThroughApp() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (args.length < 5) {
			System.err
				.println("usage: PassThroughApp BOOTSTRAP APPLICATION_ID STATE_DIR IN_TOPIC OUT_TOPIC [key=value...]");
			System.exit(2);
		}
		Properties properties = properties(args[0], args[1], args[2]);
		for (String setting : Arrays.asList(args).subList(5, args.length)) {
			int eq = setting.indexOf('=');
			properties.put(setting.substring(0, eq), setting.substring(eq + 1));
		}
		KafkaStreams streams = new KafkaStreams(topology(args[3], args[4]), properties);
		CountDownLatch stopped = new CountDownLatch(1);
		streams.setStateListener((newState, oldState) -> {
			if (newState == KafkaStreams.State.RUNNING) {
				System.out.println("RUNNING");
			}
			if (newState == KafkaStreams.State.ERROR || newState == KafkaStreams.State.NOT_RUNNING) {
				stopped.countDown();
			}
		});
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			streams.close(Duration.ofSeconds(30));
			stopped.countDown();
		}));
		streams.start();
		stopped.await();
	}

	static Topology topology(String in, String out) {
		Serde<byte[]> bytes = Serdes.ByteArray();
		StreamsBuilder builder = new StreamsBuilder();
		builder.addStateStore(
				Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), bytes, bytes).withCachingEnabled());
		builder.stream(in, Consumed.with(bytes, bytes).withName("raw-events"))
			.selectKey((key, value) -> newKey(key), Named.as("new-key"))
			.repartition(Repartitioned.with(bytes, bytes).withName(REPARTITION))
			.process(StorePut::new, Named.as("store-put"), STORE)
			.to(out, Produced.with(bytes, bytes).withName("out-events"));
		return builder.build();
	}

	/** A 16-hex-digit key from the raw key, standing in for the service's article id. */
	private static byte[] newKey(byte @Nullable [] key) {
		long hash = (key != null) ? Arrays.hashCode(key) * 0x9E3779B97F4A7C15L : 0;
		return HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8).putLong(hash).array()).getBytes();
	}

	/**
	 * The Kafka Streams settings the service's {@code StreamsDefaults} derive from its
	 * default properties (exactly-once, explicit internal names, 100 records per poll and
	 * per partition buffer, 11 MB on every client and internal topic, no store cache, 1
	 * MB producer batches), so that the floor runs with the same clients. Keep in step
	 * with {@code com.example.articles.config.StreamsDefaults}.
	 */
	static Properties properties(String bootstrap, String applicationId, String stateDir) {
		Properties properties = new Properties();
		properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
		properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
		properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		properties.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
		properties.put(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, "100");
		properties.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), "100");
		properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
				Long.toString(MESSAGE_BYTES));
		properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG),
				Long.toString(Math.max(MESSAGE_BYTES, ConsumerConfig.DEFAULT_FETCH_MAX_BYTES)));
		properties.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
				Long.toString(MESSAGE_BYTES));
		properties.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), Long.toString(MESSAGE_BYTES));
		properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
		properties.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), Integer.toString(1024 * 1024));
		return properties;
	}

	/** One store put per record, then forwards it unchanged. */
	private static final class StorePut implements Processor<byte[], byte[], byte[], byte[]> {

		private @Nullable ProcessorContext<byte[], byte[]> context;

		private @Nullable KeyValueStore<byte[], byte[]> store;

		@Override
		public void init(ProcessorContext<byte[], byte[]> context) {
			this.context = context;
			this.store = context.getStateStore(STORE);
		}

		@Override
		public void process(Record<byte[], byte[]> record) {
			if (this.store == null || this.context == null) {
				throw new IllegalStateException("not initialized");
			}
			this.store.put(record.key(), record.value());
			this.context.forward(record);
		}

	}

}
