package com.example.articles.pipeline;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.DeserializationHandlerResponse;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.ProcessingHandlerResponse;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.ProductionExceptionHandlerResponse;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterExceptionHandlerTest {

	private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);

	private static final byte[] VALUE = "{\"url\":\"https://example.com/\"}".getBytes(StandardCharsets.UTF_8);

	private final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
			new ByteArraySerializer());

	private final DeadLetterExceptionHandler handler = new DeadLetterExceptionHandler(this.producer, "raw.dlt");

	@Test
	void deadLettersTheSourceRecordOfAnUncaughtProcessingExceptionAndContinues() {
		ProcessingHandlerResponse response = this.handler.handle(context(), new Record<>("x", "y", 0L),
				new IllegalStateException("bug"));

		assertThat(response).isEqualTo(ProcessingHandlerResponse.CONTINUE);
		ProducerRecord<byte[], byte[]> letter = this.producer.history().get(0);
		assertThat(letter.topic()).isEqualTo("raw.dlt");
		assertThat(letter.key()).isEqualTo(KEY);
		assertThat(letter.value()).isEqualTo(VALUE);
		assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("streams");
		assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("internal-error");
		assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("42");
		assertThat(header(letter, "trace")).isEqualTo("t");
	}

	@Test
	void deadLettersARecordThatCannotBeDeserialized() {
		DeserializationHandlerResponse response = this.handler.handle(context(),
				new ConsumerRecord<>("app-articles-by-id-repartition", 1, 7, KEY, VALUE), new RuntimeException("bad"));

		assertThat(response).isEqualTo(DeserializationHandlerResponse.CONTINUE);
		assertThat(header(this.producer.history().get(0), DeadLetterHeaders.REASON)).isEqualTo("deserialization-error");
		assertThat(header(this.producer.history().get(0), DeadLetterHeaders.VALUE_FORMAT)).isEqualTo("internal");
	}

	@Test
	void deadLettersAnOutputTooLargeForTheBrokerButRetriesTransientErrors() {
		ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("normalized", KEY, VALUE);
		assertThat(this.handler.handle(context(), output, new RecordTooLargeException("too large")))
			.isEqualTo(ProductionExceptionHandlerResponse.CONTINUE);
		assertThat(this.handler.handle(context(), output, new TimeoutException("slow")))
			.isEqualTo(ProductionExceptionHandlerResponse.RETRY);
		assertThat(this.producer.history()).hasSize(1);
	}

	@Test
	void failsTheTaskWhenTheDeadLetterCannotBeWritten() {
		MockProducer<byte[], byte[]> failing = new MockProducer<>(false, null, new ByteArraySerializer(),
				new ByteArraySerializer());
		DeadLetterExceptionHandler handler = new DeadLetterExceptionHandler(failing, "raw.dlt");
		Thread errors = new Thread(() -> {
			while (failing.history().isEmpty()) {
				Thread.onSpinWait();
			}
			failing.errorNext(new RuntimeException("broker down"));
		});
		errors.start();

		assertThat(handler.handle(context(), new Record<>("x", "y", 0L), new IllegalStateException("bug")))
			.isEqualTo(ProcessingHandlerResponse.FAIL);
	}

	private static ErrorHandlerContext context() {
		RecordHeaders headers = new RecordHeaders();
		headers.add("trace", "t".getBytes(StandardCharsets.UTF_8));
		return new ErrorHandlerContext() {

			@Override
			public String topic() {
				return "raw";
			}

			@Override
			public int partition() {
				return 3;
			}

			@Override
			public long offset() {
				return 42;
			}

			@Override
			public RecordHeaders headers() {
				return headers;
			}

			@Override
			public String processorNodeId() {
				return "normalize";
			}

			@Override
			public TaskId taskId() {
				return new TaskId(0, 3);
			}

			@Override
			public long timestamp() {
				return 0;
			}

			@Override
			public byte[] sourceRawKey() {
				return KEY;
			}

			@Override
			public byte[] sourceRawValue() {
				return VALUE;
			}

		};
	}

	private static String header(ProducerRecord<byte[], byte[]> record, String name) {
		var header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
