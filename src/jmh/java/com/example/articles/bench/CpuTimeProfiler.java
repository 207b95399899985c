package com.example.articles.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -prof com.example.articles.bench.CpuTimeProfiler}: CPU time per operation, next
 * to JMH's wall-clock time. On a machine shared with other builds the wall-clock time
 * grows with the load while the CPU time barely moves, so this is the figure to compare
 * runs made under different load. {@code cpu.worker.norm} counts the benchmark threads
 * only; {@code cpu.process.norm} the whole JVM, garbage collection and JIT included.
 */
public final class CpuTimeProfiler implements InternalProfiler {

	private static final String WORKER_THREAD = "jmh-worker";

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private long processStart;

	private long workersStart;

	@Override
	public String getDescription() {
		return "CPU time per operation (benchmark threads and whole JVM)";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.processStart = this.os.getProcessCpuTime();
		this.workersStart = workerCpuTime();
	}

	@Override
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
			IterationResult result) {
		long process = this.os.getProcessCpuTime() - this.processStart;
		long workers = workerCpuTime() - this.workersStart;
		long ops = result.getMetadata().getAllOps();
		List<Result> results = new ArrayList<>();
		if (ops > 0) {
			results.add(new ScalarResult("cpu.worker.norm", workers / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
			results.add(new ScalarResult("cpu.process.norm", process / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
		}
		return results;
	}

	// JMH reuses its worker threads across iterations of one benchmark, so the difference
	// of the sums is the workers' CPU time in the iteration.
	private long workerCpuTime() {
		long total = 0;
		for (ThreadInfo info : this.threads.getThreadInfo(this.threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().contains(WORKER_THREAD)) {
				long cpu = this.threads.getThreadCpuTime(info.getThreadId());
				if (cpu > 0) {
					total += cpu;
				}
			}
		}
		return total;
	}

}
