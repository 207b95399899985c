package com.example.articles.config;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;

import static org.assertj.core.api.Assertions.assertThat;

class StreamsAvailabilityTest {

	private final List<AvailabilityState> states = new ArrayList<>();

	private final StreamsAvailability availability = new StreamsAvailability(
			(event) -> this.states.add(((AvailabilityChangeEvent<?>) event).getState()));

	@Test
	void runningStreamsAreLiveAndReady() {
		this.availability.onChange(State.RUNNING, State.REBALANCING);
		assertThat(this.states).containsExactly(LivenessState.CORRECT, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void failedStreamsAreNotLive() {
		this.availability.onChange(State.ERROR, State.PENDING_ERROR);
		assertThat(this.states).contains(LivenessState.BROKEN, ReadinessState.REFUSING_TRAFFIC);
	}

	@Test
	void stoppingStreamsAreNotReady() {
		this.availability.onChange(State.PENDING_SHUTDOWN, State.RUNNING);
		assertThat(this.states).containsExactly(ReadinessState.REFUSING_TRAFFIC);
	}

	@Test
	void aRebalanceChangesNothing() {
		this.availability.onChange(State.REBALANCING, State.RUNNING);
		assertThat(this.states).isEmpty();
	}

}
