package com.example.articles.config;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

import com.example.articles.pipeline.DeadLetterExceptionHandler;

/**
 * The Kafka Streams settings this service needs, added to what
 * {@code spring.kafka.streams.*} configured, without overriding it: exactly-once,
 * explicit internal names, the size limits on every client and internal topic, bounded
 * buffers, and two settings measured by the throughput harness (docs/throughput.md): no
 * record cache in front of the state stores (a range fetch of the simhash index through
 * the cache costs a scan of the cached entries: 41% of the stream thread's CPU), and 1 MB
 * producer batches (raw events are about 135 KB: with the default 16 KB every record was
 * a batch of its own; the broker's CPU per article halved).
 */
final class StreamsDefaults {

	static final int PRODUCER_BATCH_BYTES = 1024 * 1024;

	private StreamsDefaults() {
	}

	static Properties apply(Properties configured, ArticlesProperties properties) {
		Properties result = new Properties();
		result.putAll(configured);
		long messageBytes = properties.limits().kafkaMessageBytes();
		Map<String, Object> defaults = Map.of(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2,
				StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true",
				StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG,
				Integer.toString(properties.streams().bufferedRecordsPerPartition()),
				StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG),
				Integer.toString(properties.streams().maxPollRecords()),
				StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
				Long.toString(messageBytes), StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG),
				Long.toString(Math.max(messageBytes, ConsumerConfig.DEFAULT_FETCH_MAX_BYTES)),
				StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Long.toString(messageBytes),
				StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), Long.toString(messageBytes),
				StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0",
				StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), Integer.toString(PRODUCER_BATCH_BYTES));
		defaults.forEach(result::putIfAbsent);
		// Behind the processors' own dead-lettering: what escapes them goes to the
		// dead-letter topic too.
		result.putIfAbsent(DeadLetterExceptionHandler.DEAD_LETTER_TOPIC_CONFIG, properties.topics().deadLetters());
		result.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
				DeadLetterExceptionHandler.class.getName());
		result.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
				DeadLetterExceptionHandler.class.getName());
		result.putIfAbsent(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
				DeadLetterExceptionHandler.class.getName());
		return result;
	}

}
