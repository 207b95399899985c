package com.example.articles.bench.throughput;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;

/**
 * The load generator and the end-to-end clock of one streams measurement: a producer that
 * sends raw events (timestamp = send time) and a read_committed consumer of the output
 * topics that takes each record's latency as receive time minus that timestamp. Every raw
 * event yields exactly one output record (a normalized event or a dead letter; the
 * pass-through's copy), which releases one of the in-flight permits: at most
 * {@code maxInFlight} events are between the producer and the consumer at any time.
 */
final class LoadRun implements AutoCloseable {

	/** How long sending waits for an in-flight permit before the run is given up. */
	private static final Duration STALLED = Duration.ofMinutes(3);

	private final BenchEvents events;

	private final String rawTopic;

	private final KafkaProducer<byte[], byte[]> producer;

	private final @Nullable KafkaConsumer<byte[], byte[]> consumer;

	private final @Nullable LongSupplier completed;

	private final Semaphore inFlight;

	private final Thread receiver;

	private final AtomicReference<Phase> phase = new AtomicReference<>(new Phase("none"));

	private final AtomicReference<Exception> sendFailure = new AtomicReference<>();

	private volatile boolean running = true;

	private long nextIndex;

	/** Events complete when their output record arrives on one of {@code outputs}. */
	LoadRun(String bootstrap, BenchEvents events, String rawTopic, List<TopicPartition> outputs, int maxInFlight) {
		this(bootstrap, events, rawTopic, maxInFlight, consumer(bootstrap, outputs), null);
	}

	/**
	 * Events complete when {@code completed} (a count of the app's, e.g. from its
	 * metrics) grows: for runs with no output per event (dropped duplicates); no
	 * latencies then.
	 */
	LoadRun(String bootstrap, BenchEvents events, String rawTopic, LongSupplier completed, int maxInFlight) {
		this(bootstrap, events, rawTopic, maxInFlight, null, completed);
	}

	private LoadRun(String bootstrap, BenchEvents events, String rawTopic, int maxInFlight,
			@Nullable KafkaConsumer<byte[], byte[]> consumer, @Nullable LongSupplier completed) {
		this.events = events;
		this.rawTopic = rawTopic;
		this.inFlight = new Semaphore(maxInFlight);
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024,
						ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) PassThroughApp.MESSAGE_BYTES,
						ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024),
				new ByteArraySerializer(), new ByteArraySerializer());
		this.consumer = consumer;
		this.completed = completed;
		this.receiver = new Thread((consumer != null) ? this::receive : this::count, "receiver");
		this.receiver.setDaemon(true);
		this.receiver.start();
	}

	private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, List<TopicPartition> outputs) {
		KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString(),
				ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, (int) PassThroughApp.MESSAGE_BYTES,
				ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(),
				new ByteArrayDeserializer());
		consumer.assign(outputs);
		consumer.seekToBeginning(outputs);
		return consumer;
	}

	/**
	 * Sends as fast as the in-flight bound allows until both {@code minEvents} were sent
	 * and {@code minDuration} passed, then waits for every output.
	 */
	Phase saturate(String name, long minEvents, Duration minDuration, Duration drainTimeout)
			throws InterruptedException {
		return saturate(name, minEvents, minDuration, drainTimeout, () -> {
		});
	}

	/**
	 * Sends {@code count} events as fast as the in-flight bound allows; runs
	 * {@code atHalf} once half of them were sent.
	 */
	Phase saturate(String name, long count, Duration drainTimeout, Runnable atHalf) throws InterruptedException {
		return saturate(name, count, Duration.ZERO, drainTimeout, atHalf);
	}

	private Phase saturate(String name, long minEvents, Duration minDuration, Duration drainTimeout, Runnable atHalf)
			throws InterruptedException {
		Phase current = start(name);
		long deadline = System.nanoTime() + minDuration.toNanos();
		while (current.sent < minEvents || System.nanoTime() < deadline) {
			send(current);
			if (current.sent == minEvents / 2) {
				atHalf.run();
			}
		}
		return drain(current, drainTimeout);
	}

	/** Sends at a fixed rate for {@code duration}, then waits for every output. */
	Phase paced(String name, double perSecond, Duration duration, Duration drainTimeout) throws InterruptedException {
		Phase current = start(name);
		long intervalNanos = (long) (1e9 / perSecond);
		long begin = System.nanoTime();
		long end = begin + duration.toNanos();
		while (true) {
			long due = begin + current.sent * intervalNanos;
			if (due >= end) {
				break;
			}
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			send(current);
		}
		return drain(current, drainTimeout);
	}

	private Phase start(String name) {
		Phase current = new Phase(name);
		this.phase.set(current);
		current.startNanos = System.nanoTime();
		return current;
	}

	private void send(Phase current) throws InterruptedException {
		if (!this.inFlight.tryAcquire(STALLED.toSeconds(), TimeUnit.SECONDS)) {
			throw new IllegalStateException(current.name + ": no event done for " + STALLED.toSeconds() + " s after "
					+ current.received.get() + " of " + current.sent);
		}
		BenchEvents.Event event = this.events.event(this.nextIndex++);
		this.producer.send(
				new ProducerRecord<>(this.rawTopic, null, System.currentTimeMillis(), event.key(), event.value()),
				(metadata, ex) -> {
					if (ex != null) {
						this.sendFailure.compareAndSet(null, ex);
					}
				});
		current.sent++;
	}

	private Phase drain(Phase current, Duration timeout) throws InterruptedException {
		this.producer.flush();
		long lastProgress = System.nanoTime();
		long lastCount = -1;
		while (current.received.get() < current.sent) {
			if (this.sendFailure.get() != null) {
				throw new IllegalStateException("a send failed", this.sendFailure.get());
			}
			long count = current.received.get();
			if (count != lastCount) {
				lastCount = count;
				lastProgress = System.nanoTime();
			}
			else if (System.nanoTime() - lastProgress > timeout.toNanos()) {
				throw new IllegalStateException(current.name + ": only " + count + " of " + current.sent
						+ " outputs, none for " + timeout.toSeconds() + " s");
			}
			TimeUnit.MILLISECONDS.sleep(20);
		}
		return current;
	}

	private void receive() {
		KafkaConsumer<byte[], byte[]> consumer = this.consumer;
		while (this.running && consumer != null) {
			var records = consumer.poll(Duration.ofMillis(50));
			long now = System.currentTimeMillis();
			long nowNanos = System.nanoTime();
			Phase current = this.phase.get();
			for (ConsumerRecord<byte[], byte[]> record : records) {
				current.record(now - record.timestamp(), record.serializedValueSize(), nowNanos);
				this.inFlight.release();
			}
		}
	}

	private void count() {
		LongSupplier completed = this.completed;
		long seen = (completed != null) ? completed.getAsLong() : 0;
		while (this.running && completed != null) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
			long now = completed.getAsLong();
			if (now > seen) {
				this.phase.get().complete(now - seen, System.nanoTime());
				this.inFlight.release((int) (now - seen));
				seen = now;
			}
		}
	}

	@Override
	public void close() {
		this.running = false;
		try {
			this.receiver.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.producer.close(Duration.ofSeconds(10));
		if (this.consumer != null) {
			this.consumer.close(Duration.ofSeconds(10));
		}
	}

	/** One phase of a run: events sent, outputs received with their latencies. */
	static final class Phase {

		final String name;

		long sent;

		long startNanos;

		volatile long lastReceiveNanos;

		final AtomicLong received = new AtomicLong();

		private long[] latencies = new long[1024];

		private int latencyCount;

		private long outputBytes;

		Phase(String name) {
			this.name = name;
		}

		/** Called by the receiver thread only. */
		void record(long latencyMs, int bytes, long nowNanos) {
			int n = this.latencyCount;
			if (n == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, n * 2);
			}
			this.latencies[n] = latencyMs;
			this.latencyCount++;
			this.outputBytes += Math.max(bytes, 0);
			this.lastReceiveNanos = nowNanos;
			this.received.incrementAndGet();
		}

		/** Called by the receiver thread only: events done, no latency known. */
		void complete(long count, long nowNanos) {
			this.lastReceiveNanos = nowNanos;
			this.received.addAndGet(count);
		}

		double seconds() {
			return (this.lastReceiveNanos - this.startNanos) / 1e9;
		}

		double perSecond() {
			return this.received.get() / seconds();
		}

		long meanOutputBytes() {
			long n = this.received.get();
			return (n > 0) ? this.outputBytes / n : 0;
		}

		/** The latency at quantile q (0..1), by nearest rank, in ms. */
		long latencyMs(double q) {
			int n = this.latencyCount;
			if (n == 0) {
				return -1;
			}
			long[] sorted = Arrays.copyOf(this.latencies, n);
			Arrays.sort(sorted);
			int rank = (int) Math.ceil(q * n);
			return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
		}

	}

}
