package com.example.articles.bench.throughput;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of a process's threads by group (Linux {@code /proc/<pid>/task/*}), in
 * nanoseconds: where a measured process spends its CPU, GC and JIT included. Threads are
 * grouped by their OS name (the first 15 characters of the Java name): the work threads
 * (Kafka Streams stream threads, named after the application id, or the normalizer's),
 * GC, JIT, Kafka producer network, RocksDB, other. Threads that ended within the window
 * are missed. Empty where /proc is not there.
 */
final class ThreadCpu {

	/** USER_HZ: the unit of utime and stime in /proc; 100 on Linux. */
	private static final long NANOS_PER_TICK = 10_000_000L;

	private ThreadCpu() {
	}

	static Map<String, Long> snapshot(long pid) {
		Map<String, Long> groups = new TreeMap<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
			for (Path task : tasks) {
				String stat;
				try {
					stat = Files.readString(task.resolve("stat"));
				}
				catch (IOException ex) {
					continue; // the thread ended
				}
				int open = stat.indexOf('(');
				int close = stat.lastIndexOf(')');
				String name = stat.substring(open + 1, close);
				String[] fields = stat.substring(close + 2).split(" ");
				// fields[0] is field 3 (state): utime is field 14, stime field 15
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				groups.merge(group(name), ticks * NANOS_PER_TICK, Long::sum);
			}
		}
		catch (IOException ex) {
			return Map.of();
		}
		return groups;
	}

	/** after - before, per group, divided by {@code events}; mutable. */
	static Map<String, Long> perEvent(Map<String, Long> before, Map<String, Long> after, long events) {
		Map<String, Long> result = new TreeMap<>();
		if (events <= 0) {
			return result;
		}
		after.forEach((group, nanos) -> result.put(group, (nanos - before.getOrDefault(group, 0L)) / events));
		return result;
	}

	private static String group(String name) {
		if (name.startsWith("bench-") || name.startsWith("normalizer-")) {
			return "work threads";
		}
		if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
			return "GC and VM";
		}
		if (name.startsWith("C1 ") || name.startsWith("C2 ")) {
			return "JIT";
		}
		if (name.startsWith("kafka-producer")) {
			return "producer network";
		}
		if (name.startsWith("rocksdb")) {
			return "RocksDB";
		}
		return "other";
	}

}
