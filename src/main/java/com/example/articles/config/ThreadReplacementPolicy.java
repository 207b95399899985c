package com.example.articles.config;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to do when a stream thread dies of an exception no record caused (records are
 * dead-lettered by the processors): replace the thread, which resumes from the last
 * commit; but if threads keep dying (a misconfiguration, a broker that refuses us), stop
 * the client instead of looping, so that the streams go to ERROR, liveness goes down and
 * the platform restarts the service with its back-off.
 */
class ThreadReplacementPolicy implements StreamsUncaughtExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ThreadReplacementPolicy.class);

	private final int maxReplacements;

	private final Duration window;

	private final Clock clock;

	private final Deque<Long> replacements = new ArrayDeque<>();

	ThreadReplacementPolicy(int maxReplacements, Duration window, Clock clock) {
		this.maxReplacements = maxReplacements;
		this.window = window;
		this.clock = clock;
	}

	@Override
	public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
		long now = this.clock.millis();
		while (!this.replacements.isEmpty() && this.replacements.peekFirst() < now - this.window.toMillis()) {
			this.replacements.removeFirst();
		}
		if (this.replacements.size() >= this.maxReplacements) {
			logger.error("A stream thread failed, {} times within {}: shutting the streams down", this.maxReplacements,
					this.window, exception);
			return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
		}
		this.replacements.addLast(now);
		logger.error("A stream thread failed; replacing it", exception);
		return StreamThreadExceptionResponse.REPLACE_THREAD;
	}

}
