package com.example.articles.config;

import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Follows the streams' state in Spring Boot's availability: an error makes the service
 * not live (Kubernetes restarts it), a shutdown makes it not ready.
 */
class StreamsAvailability implements KafkaStreams.StateListener {

	private static final Logger logger = LoggerFactory.getLogger(StreamsAvailability.class);

	private final ApplicationEventPublisher publisher;

	StreamsAvailability(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
		logger.info("Kafka Streams state {} -> {}", oldState, newState);
		switch (newState) {
			case RUNNING -> {
				AvailabilityChangeEvent.publish(this.publisher, this, LivenessState.CORRECT);
				AvailabilityChangeEvent.publish(this.publisher, this, ReadinessState.ACCEPTING_TRAFFIC);
			}
			case PENDING_ERROR, ERROR -> {
				AvailabilityChangeEvent.publish(this.publisher, this, ReadinessState.REFUSING_TRAFFIC);
				AvailabilityChangeEvent.publish(this.publisher, this, LivenessState.BROKEN);
			}
			case PENDING_SHUTDOWN, NOT_RUNNING ->
				AvailabilityChangeEvent.publish(this.publisher, this, ReadinessState.REFUSING_TRAFFIC);
			default -> {
				// CREATED, REBALANCING: nothing changes
			}
		}
	}

}
