package com.example.articles.bench.throughput;

import java.time.Duration;

/** CPU time (user and system) of a process, from the OS, in nanoseconds. */
final class ProcessCpu {

	private ProcessCpu() {
	}

	static long self() {
		return of(ProcessHandle.current().pid());
	}

	/** Total CPU time of the process so far; -1 when the OS does not tell. */
	static long of(long pid) {
		return ProcessHandle.of(pid)
			.flatMap((handle) -> handle.info().totalCpuDuration())
			.map(Duration::toNanos)
			.orElse(-1L);
	}

}
