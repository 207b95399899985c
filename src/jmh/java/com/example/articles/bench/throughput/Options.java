package com.example.articles.bench.throughput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's {@code --name value} options, with defaults; {@code streams-property},
 * {@code service-property} and {@code jfr} may repeat.
 */
final class Options {

	private static final Map<String, String> DEFAULTS = defaults();

	private static final List<String> REPEATABLE = List.of("streams-property", "service-property", "jfr");

	private final Map<String, String> values;

	private final Map<String, List<String>> repeated;

	private Options(Map<String, String> values, Map<String, List<String>> repeated) {
		this.values = values;
		this.repeated = repeated;
	}

	private static Map<String, String> defaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("bootstrap", "127.0.0.1:19092");
		defaults.put("corpus", "../shared/corpus/scrapinghub-dev");
		defaults.put("app-jar", "target/article-ingestion.jar");
		defaults.put("classpath", System.getProperty("java.class.path"));
		defaults.put("logback", "bench/throughput-logback.xml");
		defaults.put("out", "target/throughput");
		defaults.put("measure", "passthrough,pipeline,normalizer");
		defaults.put("events", "20000");
		defaults.put("warmup-events", "3000");
		defaults.put("warmup-seconds", "60");
		defaults.put("normalizer-warmup-events", "6000");
		defaults.put("latency-seconds", "20");
		defaults.put("latency-load", "0.5");
		defaults.put("max-in-flight", "1000");
		defaults.put("partitions", "6");
		defaults.put("heap", "1g");
		defaults.put("threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
		defaults.put("broker-pid", "0");
		defaults.put("server-port", "18080");
		defaults.put("drain-timeout-seconds", "120");
		return defaults;
	}

	static Options parse(String[] args) {
		Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
		Map<String, List<String>> repeated = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value, got " + args[i]);
			}
			String name = args[i].substring(2);
			String value = args[++i];
			if (REPEATABLE.contains(name)) {
				repeated.computeIfAbsent(name, (n) -> new ArrayList<>()).add(value);
			}
			else if (DEFAULTS.containsKey(name)) {
				values.put(name, value);
			}
			else {
				throw new IllegalArgumentException("unknown option --" + name + "; known: " + DEFAULTS.keySet()
						+ " and, repeatable, " + REPEATABLE);
			}
		}
		return new Options(values, repeated);
	}

	String get(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no option " + name);
		}
		return value;
	}

	int integer(String name) {
		return Integer.parseInt(get(name));
	}

	double decimal(String name) {
		return Double.parseDouble(get(name));
	}

	List<String> all(String name) {
		return this.repeated.getOrDefault(name, List.of());
	}

	Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>(this.values);
		map.remove("classpath");
		map.putAll(this.repeated);
		return map;
	}

}
