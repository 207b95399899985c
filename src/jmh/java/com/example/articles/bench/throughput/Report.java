package com.example.articles.bench.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.example.articles.contract.EventJson;

/**
 * The result table (Markdown, on stdout) and {@code results.json}. Cost per article is
 * taken two ways: wall time (1 / articles per second, the whole machine busy) and CPU
 * time of the process doing the work plus the broker's (the load generator's is shown
 * apart: it is the same client work for both streams measurements).
 */
final class Report {

	private Report() {
	}

	static void print(Map<String, ThroughputHarness.Result> results, Options options, BenchEvents events, Path out)
			throws IOException {
		StringBuilder table = new StringBuilder();
		table.append(
				"| measurement | articles/s | e2e p50 ms | e2e p99 ms | paced at /s | saturated p50 / p99 ms | heap MB: peak used / live (full GC mid-run) | CPU ms per article: app + broker (+ load generator) |\n");
		table.append("|---|---|---|---|---|---|---|---|\n");
		results.forEach((name,
				r) -> table.append(String.format(Locale.ROOT,
						"| %s | %.0f | %s | %s | %s | %s | %d / %d | %.2f + %.2f (+ %.2f) |%n", name, r.perSecond(),
						ms(r.p50()), ms(r.p99()),
						(r.pacedRate() > 0) ? String.format(Locale.ROOT, "%.0f", r.pacedRate()) : "n/a",
						(r.saturatedP50() >= 0) ? ms(r.saturatedP50()) + " / " + ms(r.saturatedP99()) : "n/a",
						r.gc().peakUsedMb(), r.gc().liveMb(), r.appCpuNanos() / 1e6, r.brokerCpuNanos() / 1e6,
						r.harnessCpuNanos() / 1e6)));
		table.append("\n| measurement | CPU ms per article by thread group (measured process) |\n|---|---|\n");
		results.forEach((name, r) -> {
			StringBuilder groups = new StringBuilder();
			r.threadCpuNanos()
				.forEach((group, nanos) -> groups.append((groups.length() > 0) ? ", " : "")
					.append(String.format(Locale.ROOT, "%s %.2f", group, nanos / 1e6)));
			table.append("| ").append(name).append(" | ").append(groups).append(" |\n");
		});
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("options", options.asMap());
		json.put("pages", events.pageCount());
		json.put("meanRawEventBytes", events.meanValueBytes());
		json.put("results", results);
		ThroughputHarness.Result pipeline = results.get("pipeline");
		ThroughputHarness.Result normalizer = results.get("normalizer");
		ThroughputHarness.Result passThrough = results.get("passthrough");
		if (pipeline != null && normalizer != null && passThrough != null) {
			double wall = (1 / pipeline.perSecond()) / (1 / normalizer.perSecond() + 1 / passThrough.perSecond());
			double cpu = cpu(pipeline) / (cpu(normalizer) + cpu(passThrough));
			table.append(String.format(Locale.ROOT,
					"%nCost ratio, pipeline / (normalizer + pass-through), aim <= 1.10: wall %.2f, CPU (app + broker) %.2f%n",
					wall, cpu));
			json.put("ratioWall", wall);
			json.put("ratioCpu", cpu);
		}
		System.out.print(table);
		Files.writeString(out.resolve("results.json"), EventJson.toJson(json));
		Files.writeString(out.resolve("results.md"), table);
	}

	private static double cpu(ThroughputHarness.Result result) {
		return result.appCpuNanos() + result.brokerCpuNanos();
	}

	private static String ms(long value) {
		return (value >= 0) ? Long.toString(value) : "n/a";
	}

}
