package com.example.articles.config;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * {@code kafkaStreams} health, part of the readiness group: up while the streams run
 * (rebalancing included), down before they start, after they stop and on error.
 */
class StreamsHealthIndicator implements HealthIndicator {

	private final StreamsBuilderFactoryBean factoryBean;

	StreamsHealthIndicator(StreamsBuilderFactoryBean factoryBean) {
		this.factoryBean = factoryBean;
	}

	@Override
	public Health health() {
		KafkaStreams streams = this.factoryBean.getKafkaStreams();
		if (streams == null) {
			return Health.down().withDetail("state", "NOT_CREATED").build();
		}
		KafkaStreams.State state = streams.state();
		Health.Builder health = (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING)
				? Health.up() : Health.down();
		return health.withDetail("state", state.name())
			.withDetail("threads", streams.metadataForLocalThreads().size())
			.build();
	}

}
