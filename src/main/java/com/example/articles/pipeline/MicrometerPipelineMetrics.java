package com.example.articles.pipeline;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import com.example.articles.dedupe.DedupeVerdict;

/**
 * {@link PipelineMetrics} as Micrometer meters; in Prometheus: {@code
 * articles_events_received_total}, {@code articles_events_published_total{verdict}},
 * {@code articles_duplicates_total{kind,action}},
 * {@code articles_dead_letters_total{stage,reason}}, {@code articles_normalize_seconds},
 * {@code articles_end_to_end_latency_seconds},
 * {@code articles_index_lookup_failures_total}.
 */
public final class MicrometerPipelineMetrics implements PipelineMetrics {

	private final MeterRegistry registry;

	private final Counter received;

	private final Timer normalize;

	private final Timer latency;

	private final Counter lookupFailures;

	public MicrometerPipelineMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.received = Counter.builder("articles.events.received")
			.description("Raw events read from the input topic")
			.register(registry);
		this.normalize = Timer.builder("articles.normalize")
			.description("Time to read, validate and normalize one raw event")
			.publishPercentileHistogram()
			.register(registry);
		this.latency = Timer.builder("articles.end.to.end.latency")
			.description("From the raw record's timestamp to the decision to publish")
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofMinutes(5))
			.register(registry);
		this.lookupFailures = Counter.builder("articles.index.lookup.failures")
			.description("Fingerprint index lookups that failed; the article went on without them")
			.register(registry);
	}

	@Override
	public void eventReceived() {
		this.received.increment();
	}

	@Override
	public void normalized(long nanos) {
		this.normalize.record(nanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void deadLettered(String stage, String reason) {
		Counter.builder("articles.dead.letters")
			.description("Events written to the dead-letter topic")
			.tag("stage", stage)
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

	@Override
	public void decided(DedupeVerdict verdict, boolean published) {
		if (published) {
			Counter.builder("articles.events.published")
				.description("Normalized events published")
				.tag("verdict", verdict.code())
				.register(this.registry)
				.increment();
		}
		if (verdict == DedupeVerdict.REPEAT || verdict == DedupeVerdict.SYNDICATED
				|| verdict == DedupeVerdict.NEAR_DUPLICATE) {
			Counter.builder("articles.duplicates")
				.description("Cross-event duplicates found")
				.tag("kind", verdict.code())
				.tag("action", published ? "flagged" : "dropped")
				.register(this.registry)
				.increment();
		}
	}

	@Override
	public void endToEndLatency(long millis) {
		this.latency.record(Math.max(0, millis), TimeUnit.MILLISECONDS);
	}

	@Override
	public void indexLookupFailed() {
		this.lookupFailures.increment();
	}

}
