package com.example.articles.config;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.example.articles.dedupe.DedupePolicy;
import com.example.articles.dedupe.DuplicateAction;
import com.example.articles.pipeline.PipelineSettings;
import com.example.articles.pipeline.Topics;

/**
 * The service's settings, prefix {@code articles}. Kafka connection and security are the
 * standard {@code spring.kafka.*} properties; any Kafka Streams setting can be given as
 * {@code spring.kafka.streams.properties.*} and wins over the defaults derived here.
 *
 * @param topics the topics
 * @param dedupe the cross-event dedupe
 * @param limits size limits
 * @param streams Kafka Streams defaults of this service
 * @param extraction options of the article extraction
 */
@ConfigurationProperties("articles")
public record ArticlesProperties(@DefaultValue TopicSettings topics, @DefaultValue DedupeSettings dedupe,
		@DefaultValue Limits limits, @DefaultValue StreamsSettings streams, @DefaultValue Extraction extraction) {

	/**
	 * @param siteProfiles a site-profile file (docs/site-profiles.md); empty for the
	 * classpath default, which has no profiles
	 */
	public record Extraction(@Nullable Path siteProfiles) {

	}

	PipelineSettings pipelineSettings() {
		return new PipelineSettings(new Topics(this.topics.raw(), this.topics.normalized(), this.topics.deadLetters()),
				new DedupePolicy(this.dedupe.syndicated(), this.dedupe.nearDuplicate(),
						this.dedupe.nearDuplicateDistance()),
				this.dedupe.retention(), this.dedupe.refreshInterval(), this.limits.maxEventSize().toBytes(),
				this.dedupe.maxBucketScan());
	}

	/**
	 * @param raw raw article events in
	 * @param normalized normalized article events out (compacted, keyed by article id)
	 * @param deadLetters raw events that could not be processed
	 * @param create whether the service creates the three topics when they are missing
	 * @param partitions partitions of the topics it creates
	 * @param replicationFactor replication of the topics it creates; empty for the
	 * broker's default
	 */
	public record TopicSettings(@DefaultValue("articles.raw") String raw,
			@DefaultValue("articles.normalized") String normalized,
			@DefaultValue("articles.raw.dlt") String deadLetters, @DefaultValue("true") boolean create,
			@DefaultValue("6") int partitions, @Nullable Short replicationFactor) {

	}

	/**
	 * @param syndicated what to do with the same content under another article id
	 * @param nearDuplicate what to do with a near copy of another article
	 * @param nearDuplicateDistance the largest simhash Hamming distance of a near copy
	 * @param retention how long articles and fingerprints are remembered after they were
	 * last seen
	 * @param refreshInterval how often an entry that keeps being seen is rewritten to
	 * extend its retention
	 * @param maxBucketScan the most entries read from one simhash band bucket per lookup
	 */
	public record DedupeSettings(@DefaultValue("flag") DuplicateAction syndicated,
			@DefaultValue("flag") DuplicateAction nearDuplicate, @DefaultValue("3") int nearDuplicateDistance,
			@DefaultValue("30d") Duration retention, @DefaultValue("1d") Duration refreshInterval,
			@DefaultValue("1000") int maxBucketScan) {

	}

	/**
	 * @param maxEventSize the largest raw event, and normalized event, accepted; the
	 * producer, consumer and topic limits are derived from it
	 */
	public record Limits(@DefaultValue("10MB") DataSize maxEventSize) {

		/** Kafka's limits: the event plus room for key, headers and batch overhead. */
		long kafkaMessageBytes() {
			return this.maxEventSize.toBytes() + DataSize.ofMegabytes(1).toBytes();
		}

	}

	/**
	 * @param maxPollRecords records per poll of the main consumer (Kafka's default of 500
	 * holds too many large records in heap)
	 * @param bufferedRecordsPerPartition records buffered per partition (default 1000 in
	 * Kafka)
	 * @param closeTimeout how long a shutdown waits for the streams to close
	 * @param leaveGroupOnClose with static membership ({@code group.instance.id}),
	 * whether a stopping instance leaves the consumer group at once so that its
	 * partitions move without waiting for the session timeout (Kafka Streams only removes
	 * static members; leave it false for rolling restarts)
	 */
	public record StreamsSettings(@DefaultValue("100") int maxPollRecords,
			@DefaultValue("100") int bufferedRecordsPerPartition, @DefaultValue("30s") Duration closeTimeout,
			@DefaultValue("false") boolean leaveGroupOnClose) {

	}

}
