package com.example.articles.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backstop behind the processors' own dead-lettering: Kafka Streams calls it for an
 * exception no processor caught, a record of an internal topic it cannot deserialize, or
 * an output record the broker refuses as too large. It writes the record that entered the
 * sub-topology (its source key and value, unchanged) to the dead-letter topic with
 * {@code dlt.stage=streams} and continues; if that write fails it fails the task, so that
 * nothing is lost. Kafka Streams 4.1 has no dead-letter queue of its own (KIP-1034 comes
 * later), so it writes with a producer of its own, outside the transaction: a dead letter
 * of a batch that is then retried may be written twice.
 * <p>
 * Configured through the streams configuration: {@link #DEAD_LETTER_TOPIC_CONFIG} names
 * the topic; the producer gets the streams' producer settings (bootstrap servers,
 * security).
 */
public class DeadLetterExceptionHandler
		implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

	/** The streams configuration key of the dead-letter topic. */
	public static final String DEAD_LETTER_TOPIC_CONFIG = "articles.dead-letter.topic";

	static final String STAGE = "streams";

	private static final Logger logger = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);

	private @Nullable Producer<byte[], byte[]> producer;

	private @Nullable Map<String, Object> producerConfigs;

	private @Nullable String topic;

	public DeadLetterExceptionHandler() {
	}

	DeadLetterExceptionHandler(Producer<byte[], byte[]> producer, String topic) {
		this.producer = producer;
		this.topic = topic;
	}

	@Override
	public void configure(Map<String, ?> configs) {
		if (this.producer != null) {
			return;
		}
		Object deadLetterTopic = configs.get(DEAD_LETTER_TOPIC_CONFIG);
		if (deadLetterTopic == null) {
			throw new IllegalArgumentException(DEAD_LETTER_TOPIC_CONFIG + " is not set");
		}
		this.topic = deadLetterTopic.toString();
		Map<String, Object> producerConfigs = new HashMap<>(
				new StreamsConfig(configs).getProducerConfigs("dead-letter-handler"));
		producerConfigs.put(ProducerConfig.ACKS_CONFIG, "all");
		producerConfigs.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		// Kafka Streams makes a handler per task: the producer is only made when needed.
		this.producerConfigs = producerConfigs;
	}

	private synchronized @Nullable Producer<byte[], byte[]> producer() {
		if (this.producer == null && this.producerConfigs != null) {
			this.producer = new KafkaProducer<>(this.producerConfigs, new ByteArraySerializer(),
					new ByteArraySerializer());
		}
		return this.producer;
	}

	@Override
	public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
			Exception exception) {
		boolean written = deadLetter(record.key(), record.value(), record.headers(), "deserialization-error", exception,
				record.topic(), record.partition(), record.offset());
		return written ? DeserializationHandlerResponse.CONTINUE : DeserializationHandlerResponse.FAIL;
	}

	@Override
	public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
		boolean written = deadLetter(context.sourceRawKey(), context.sourceRawValue(), context.headers(),
				"internal-error", exception, context.topic(), context.partition(), context.offset());
		return written ? ProcessingHandlerResponse.CONTINUE : ProcessingHandlerResponse.FAIL;
	}

	@Override
	public ProductionExceptionHandlerResponse handle(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
			Exception exception) {
		if (exception instanceof RetriableException) {
			return ProductionExceptionHandlerResponse.RETRY;
		}
		if (!(exception instanceof RecordTooLargeException)) {
			return ProductionExceptionHandlerResponse.FAIL;
		}
		boolean written = deadLetter(context.sourceRawKey(), context.sourceRawValue(), context.headers(), "too-large",
				exception, context.topic(), context.partition(), context.offset());
		return written ? ProductionExceptionHandlerResponse.CONTINUE : ProductionExceptionHandlerResponse.FAIL;
	}

	@Override
	public ProductionExceptionHandlerResponse handleSerializationException(ErrorHandlerContext context,
			ProducerRecord record, Exception exception, SerializationExceptionOrigin origin) {
		boolean written = deadLetter(context.sourceRawKey(), context.sourceRawValue(), context.headers(),
				"serialization-error", exception, context.topic(), context.partition(), context.offset());
		return written ? ProductionExceptionHandlerResponse.CONTINUE : ProductionExceptionHandlerResponse.FAIL;
	}

	private boolean deadLetter(byte @Nullable [] key, byte @Nullable [] value, @Nullable Headers sourceHeaders,
			String reason, Exception exception, String sourceTopic, int partition, long offset) {
		Producer<byte[], byte[]> producer = producer();
		String topic = this.topic;
		if (producer == null || topic == null) {
			logger.error("No dead-letter producer: failing the task on {}-{}@{}", sourceTopic, partition, offset,
					exception);
			return false;
		}
		Headers headers = new RecordHeaders();
		if (sourceHeaders != null) {
			sourceHeaders.forEach(headers::add);
		}
		DeadLetterHeaders.add(headers, STAGE, reason, exception,
				new SourceRecord(sourceTopic, partition, offset, System.currentTimeMillis()), null,
				sourceTopic.contains("-repartition") ? "internal" : "raw");
		try {
			producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
			logger.error("Dead-lettered the record at {}-{}@{} ({}), which escaped the processors", sourceTopic,
					partition, offset, reason, exception);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			logger.error("Could not dead-letter the record at {}-{}@{}; failing the task", sourceTopic, partition,
					offset, ex);
			return false;
		}
	}

	@Override
	public String toString() {
		return "DeadLetterExceptionHandler[" + this.topic + "]";
	}

}
