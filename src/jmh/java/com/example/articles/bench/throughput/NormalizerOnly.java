package com.example.articles.bench.throughput;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.example.articles.contract.EventJson;
import com.example.articles.contract.EventRejectedException;
import com.example.articles.normalize.ArticleNormalizer;

/**
 * The normalizer alone, in a JVM of its own like the service:
 * {@code ArticleNormalizer.normalize(byte[])} on the same raw events the harness sends to
 * the broker, on every core, with no Kafka. Warm-up events first, then the measured ones;
 * prints one {@code RESULT {json}} line (events, wall seconds, process CPU seconds, JVM
 * uptime at the start and end of the measured window for the GC log).
 * <p>
 * {@code NormalizerOnly CORPUS distinct|duplicates WARMUP_EVENTS EVENTS THREADS}
 */
public final class NormalizerOnly {

	private NormalizerOnly() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (args.length != 5) {
			System.err.println("usage: NormalizerOnly CORPUS distinct|duplicates WARMUP_EVENTS EVENTS THREADS");
			System.exit(2);
		}
		BenchEvents events = BenchEvents.load(Path.of(args[0]), BenchEvents.Mode.valueOf(args[1].toUpperCase()));
		long warmup = Long.parseLong(args[2]);
		long measured = Long.parseLong(args[3]);
		int threads = Integer.parseInt(args[4]);
		ArticleNormalizer normalizer = new ArticleNormalizer();

		run(events, normalizer, 0, warmup, threads, new AtomicLong());
		long uptimeStart = ManagementFactory.getRuntimeMXBean().getUptime();
		long cpuStart = ProcessCpu.self();
		Map<String, Long> threadsStart = ThreadCpu.snapshot(ProcessHandle.current().pid());
		long start = System.nanoTime();
		AtomicLong workCpu = new AtomicLong();
		long rejected = run(events, normalizer, warmup, warmup + measured, threads, workCpu);
		long wallNanos = System.nanoTime() - start;
		long cpuNanos = ProcessCpu.self() - cpuStart;
		Map<String, Long> threadCpu = ThreadCpu.perEvent(threadsStart,
				ThreadCpu.snapshot(ProcessHandle.current().pid()), 1);
		long uptimeEnd = ManagementFactory.getRuntimeMXBean().getUptime();

		Map<String, Object> result = new LinkedHashMap<>();
		result.put("events", measured);
		result.put("rejected", rejected);
		result.put("threads", threads);
		result.put("wallSeconds", wallNanos / 1e9);
		result.put("cpuSeconds", cpuNanos / 1e9);
		result.put("uptimeStartMs", uptimeStart);
		result.put("uptimeEndMs", uptimeEnd);
		// the worker threads ended before the snapshot: they add their own CPU time
		threadCpu.put("work threads", workCpu.get());
		result.put("threadCpuNanos", threadCpu);
		System.out.println("RESULT " + EventJson.toJson(result));
	}

	/**
	 * Normalizes events [from, to) on {@code threads} threads; returns the rejections.
	 */
	/**
	 * Normalizes events [from, to) on {@code threads} threads; returns the rejections and
	 * adds the threads' CPU time to {@code workCpu}.
	 */
	private static long run(BenchEvents events, ArticleNormalizer normalizer, long from, long to, int threads,
			AtomicLong workCpu) throws InterruptedException {
		AtomicLong next = new AtomicLong(from);
		AtomicLong rejected = new AtomicLong();
		AtomicLong checksum = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				long index;
				long half = from + (to - from) / 2;
				while ((index = next.getAndIncrement()) < to) {
					if (index == half && from > 0) {
						// the live heap half-way, as the harness asks the streams apps
						System.gc();
					}
					byte[] value = events.event(index).value();
					try {
						checksum.addAndGet(normalizer.normalize(value).articleId().hashCode());
					}
					catch (EventRejectedException ex) {
						rejected.incrementAndGet();
					}
				}
				workCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
			}, "normalizer-" + t);
			workers.add(worker);
			worker.start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		if (checksum.get() == 42) {
			System.err.println("(checksum)");
		}
		return rejected.get();
	}

}
