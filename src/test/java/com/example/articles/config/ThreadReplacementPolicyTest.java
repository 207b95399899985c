package com.example.articles.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadReplacementPolicyTest {

	private static final RuntimeException FAILURE = new IllegalStateException("broker refuses us");

	@Test
	void replacesAFailedThreadButStopsTheStreamsWhenThreadsKeepFailing() {
		ThreadReplacementPolicy policy = new ThreadReplacementPolicy(3, Duration.ofMinutes(10),
				Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
		assertThat(policy.handle(FAILURE)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
		assertThat(policy.handle(FAILURE)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
		assertThat(policy.handle(FAILURE)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
		assertThat(policy.handle(FAILURE)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() {
		Instant[] now = { Instant.EPOCH };
		Clock clock = new Clock() {

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0];
			}

		};
		ThreadReplacementPolicy policy = new ThreadReplacementPolicy(1, Duration.ofMinutes(10), clock);
		assertThat(policy.handle(FAILURE)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
		now[0] = now[0].plus(Duration.ofMinutes(11));
		assertThat(policy.handle(FAILURE)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
	}

}
