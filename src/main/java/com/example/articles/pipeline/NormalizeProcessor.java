package com.example.articles.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.example.articles.contract.EventJson;
import com.example.articles.contract.EventRejectedException;
import com.example.articles.contract.NormalizedArticleEvent;
import com.example.articles.contract.RejectionReason;
import com.example.articles.dedupe.SimhashBands;
import com.example.articles.fingerprint.SimHash;

/**
 * Raw bytes in; out: the normalized article keyed by article id, one small probe per
 * fingerprint index key, or a dead letter. Nothing thrown by the normalizer escapes: a
 * bad record must not stop the partition.
 */
final class NormalizeProcessor implements Processor<byte[], byte[], byte[], PipelineMessage> {

	static final String STAGE = "normalize";

	private static final Logger logger = LoggerFactory.getLogger(NormalizeProcessor.class);

	private final EventNormalizer normalizer;

	private final PipelineMetrics metrics;

	private final SimhashBands bands;

	private final long maxEventBytes;

	private @Nullable ProcessorContext<byte[], PipelineMessage> context;

	NormalizeProcessor(EventNormalizer normalizer, PipelineSettings settings, PipelineMetrics metrics) {
		this.normalizer = normalizer;
		this.metrics = metrics;
		this.bands = settings.policy().bands();
		this.maxEventBytes = settings.maxEventBytes();
	}

	@Override
	public void init(ProcessorContext<byte[], PipelineMessage> context) {
		this.context = context;
	}

	@Override
	public void process(Record<byte[], byte[]> record) {
		ProcessorContext<byte[], PipelineMessage> context = context();
		SourceRecord source = source(context, record);
		this.metrics.eventReceived();
		long start = System.nanoTime();
		NormalizedArticleEvent event;
		try {
			byte[] value = record.value();
			if (value == null) {
				throw new EventRejectedException(RejectionReason.MALFORMED_JSON, "the record has no value");
			}
			event = this.normalizer.normalize(value);
			checkOutputSize(event);
		}
		catch (EventRejectedException ex) {
			deadLetter(context, record, source, ex.reason().code(), ex, ex.eventId());
			return;
		}
		catch (RuntimeException | StackOverflowError ex) {
			deadLetter(context, record, source, "internal-error", ex, null);
			return;
		}
		finally {
			this.metrics.normalized(System.nanoTime() - start);
		}
		forward(context, record, source, event);
	}

	private void forward(ProcessorContext<byte[], PipelineMessage> context, Record<byte[], byte[]> record,
			SourceRecord source, NormalizedArticleEvent event) {
		String requestId = source.requestId();
		long simhash = SimHash.fromHex(event.simhash());
		List<String> bandKeys = this.bands.keys(simhash);
		int expected = 1 + bandKeys.size();
		long timestamp = record.timestamp();
		context.forward(new Record<>(utf8(event.articleId()), new ArticleEnvelope(source, expected, event), timestamp));
		String contentKey = "c:" + event.contentHash();
		context.forward(new Record<>(utf8(contentKey), new FingerprintProbe(requestId, expected, event.articleId(),
				ProbeKind.CONTENT, contentKey, simhash, -1), timestamp));
		for (int band = 0; band < bandKeys.size(); band++) {
			String bandKey = "b:" + bandKeys.get(band);
			context.forward(new Record<>(utf8(bandKey), new FingerprintProbe(requestId, expected, event.articleId(),
					ProbeKind.BAND, bandKey, simhash, band), timestamp));
		}
		try (MDC.MDCCloseable e = MDC.putCloseable("eventId", event.eventId());
				MDC.MDCCloseable a = MDC.putCloseable("articleId", event.articleId())) {
			logger.debug("Normalized event {} of article {} from {}-{}@{}", event.eventId(), event.articleId(),
					source.topic(), source.partition(), source.offset());
		}
	}

	/**
	 * The normalized event must fit the output topic too. Its JSON is at most six bytes
	 * per char of its strings (\\uXXXX escapes) plus the fields: only events near the
	 * limit are serialized to measure.
	 */
	private void checkOutputSize(NormalizedArticleEvent event) {
		long chars = event.text().length() + event.html().length() + 4096L;
		for (String paragraph : event.paragraphs()) {
			chars += paragraph.length() + 8;
		}
		for (var removed : event.removed()) {
			chars += removed.text().length() + 32;
		}
		for (var image : event.images()) {
			chars += 64 + length(image.src()) + length(image.alt()) + length(image.caption()) + length(image.credit());
		}
		chars += length(event.title()) + length(event.description()) + event.url().length()
				+ event.canonicalUrl().length();
		if (chars * 6 <= this.maxEventBytes) {
			return;
		}
		int size = EventJson.toBytes(event).length;
		if (size > this.maxEventBytes) {
			throw new EventRejectedException(RejectionReason.TOO_LARGE,
					"the normalized event is " + size + " bytes, over the limit of " + this.maxEventBytes + " bytes",
					event.eventId(), event.url());
		}
	}

	private static int length(@Nullable String text) {
		return (text != null) ? text.length() : 0;
	}

	private void deadLetter(ProcessorContext<byte[], PipelineMessage> context, Record<byte[], byte[]> record,
			SourceRecord source, String reason, Throwable error, @Nullable String eventId) {
		Record<byte[], PipelineMessage> letter = new Record<>(record.key(), new DeadLetter(record.value()),
				record.timestamp(), record.headers());
		DeadLetterHeaders.add(letter.headers(), STAGE, reason, error, source, eventId, "raw");
		context.forward(letter);
		this.metrics.deadLettered(STAGE, reason);
		try (MDC.MDCCloseable e = MDC.putCloseable("eventId", String.valueOf(eventId))) {
			if ("internal-error".equals(reason)) {
				logger.error("Dead-lettered event {} from {}-{}@{}: {}", eventId, source.topic(), source.partition(),
						source.offset(), reason, error);
			}
			else {
				logger.warn("Dead-lettered event {} from {}-{}@{}: {}: {}", eventId, source.topic(), source.partition(),
						source.offset(), reason, error.getMessage());
			}
		}
	}

	static SourceRecord source(ProcessorContext<?, ?> context, Record<?, ?> record) {
		RecordMetadata metadata = context.recordMetadata().orElse(null);
		if (metadata == null) {
			return new SourceRecord("unknown", -1, -1, record.timestamp());
		}
		return new SourceRecord(metadata.topic(), metadata.partition(), metadata.offset(), record.timestamp());
	}

	private ProcessorContext<byte[], PipelineMessage> context() {
		if (this.context == null) {
			throw new IllegalStateException("not initialized");
		}
		return this.context;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
