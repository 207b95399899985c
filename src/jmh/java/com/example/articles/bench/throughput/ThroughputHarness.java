package com.example.articles.bench.throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;

import com.example.articles.contract.EventJson;

/**
 * The throughput harness (issue 3, point 8); {@code bench/run-throughput.sh} runs it
 * against the standalone broker of {@code bench/kafka-broker.sh}. Three measurements in
 * sequence, each in a JVM of its own with the same heap, on the same broker and the same
 * raw events ({@link BenchEvents}):
 * <ol>
 * <li>{@code passthrough}: {@link PassThroughApp}, the bare exactly-once floor;</li>
 * <li>{@code pipeline}: the service jar, as deployed, on its own topics;</li>
 * <li>{@code normalizer}: {@link NormalizerOnly}, no Kafka.</li>
 * </ol>
 * Each streams measurement: warm-up (saturated, for a minimum time and event count), then
 * the measured events saturated (articles per second, CPU per article of the app, the
 * broker and this load generator, heap from the app's GC log), then a paced phase at a
 * fraction of that throughput for the end-to-end latency. Prints a Markdown table and
 * writes {@code results.json} into the output directory.
 */
public final class ThroughputHarness {

	private final Options options;

	private final BenchEvents events;

	private final Path out;

	private ThroughputHarness(Options options) {
		this.options = options;
		this.events = BenchEvents.load(Path.of(options.get("corpus")), BenchEvents.Mode.DISTINCT);
		this.out = Path.of(options.get("out"));
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		new ThroughputHarness(options).run();
	}

	private void run() throws Exception {
		Files.createDirectories(this.out);
		log("%d pages, mean raw event %d KB; %s events per measurement", this.events.pageCount(),
				this.events.meanValueBytes() / 1024, this.options.get("events"));
		Map<String, Result> results = new LinkedHashMap<>();
		for (String measurement : this.options.get("measure").split(",")) {
			Result result = switch (measurement) {
				case "passthrough" -> passThrough();
				case "pipeline" -> pipeline(BenchEvents.Mode.DISTINCT);
				case "duplicates" -> pipeline(BenchEvents.Mode.DUPLICATES);
				case "normalizer" -> normalizer();
				default -> throw new IllegalArgumentException("unknown measurement " + measurement);
			};
			results.put(measurement, result);
			log("%s: %s", measurement, result);
		}
		Report.print(results, this.options, this.events, this.out);
	}

	private Result passThrough() throws Exception {
		String id = "bench-passthrough-" + System.currentTimeMillis();
		String raw = id + ".raw";
		String output = id + ".out";
		createTopics(List.of(raw, output), List.of());
		List<String> command = new ArrayList<>(javaCommand("passthrough"));
		command.addAll(List.of("-cp", this.options.get("classpath"), PassThroughApp.class.getName(),
				this.options.get("bootstrap"), id, this.out.resolve("state/" + id).toString(), raw, output));
		command.addAll(this.options.all("streams-property"));
		return streams("passthrough", command, "RUNNING"::equals, raw, outputs(List.of(output)), this.events);
	}

	/**
	 * The service jar. DISTINCT: every event a new article, one output each. DUPLICATES:
	 * the 80 pages again and again (re-scrapes), all but the first of each dropped by the
	 * dedupe, so events are counted done from the service's own metrics (decisions and
	 * dead letters at /actuator/metrics) and no end-to-end latency is measured.
	 */
	private Result pipeline(BenchEvents.Mode mode) throws Exception {
		String name = (mode == BenchEvents.Mode.DISTINCT) ? "pipeline" : "duplicates";
		String id = "bench-" + name + "-" + System.currentTimeMillis();
		String raw = id + ".raw";
		String normalized = id + ".normalized";
		String deadLetters = id + ".dlt";
		createTopics(List.of(raw, deadLetters), List.of(normalized));
		List<String> command = new ArrayList<>(javaCommand(name));
		command.addAll(List.of("-jar", this.options.get("app-jar"),
				"--spring.kafka.bootstrap-servers=" + this.options.get("bootstrap"),
				"--spring.kafka.streams.application-id=" + id,
				"--spring.kafka.streams.state-dir=" + this.out.resolve("state/" + id).toAbsolutePath(),
				"--articles.topics.raw=" + raw, "--articles.topics.normalized=" + normalized,
				"--articles.topics.dead-letters=" + deadLetters, "--articles.topics.create=false",
				"--server.port=" + this.options.get("server-port")));
		for (String setting : this.options.all("streams-property")) {
			command.add("--spring.kafka.streams.properties." + setting);
		}
		for (String setting : this.options.all("service-property")) {
			command.add("--" + setting);
		}
		Predicate<String> ready = (line) -> line.contains("-> RUNNING");
		if (mode == BenchEvents.Mode.DISTINCT) {
			return streams(name, command, ready, raw, outputs(List.of(normalized, deadLetters)), this.events);
		}
		ServiceMetrics metrics = new ServiceMetrics(this.options.integer("server-port"));
		LongSupplier done = metrics::eventsDone;
		return streams(name, command, ready, raw, done, BenchEvents.load(Path.of(this.options.get("corpus")), mode));
	}

	private List<TopicPartition> outputs(List<String> topics) {
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			for (int p = 0; p < this.options.integer("partitions"); p++) {
				partitions.add(new TopicPartition(topic, p));
			}
		}
		return partitions;
	}

	/**
	 * @param completion the output partitions ({@code List<TopicPartition>}) or a
	 * {@code LongSupplier} of events done
	 */
	private Result streams(String name, List<String> command, Predicate<String> ready, String raw, Object completion,
			BenchEvents events) throws Exception {
		Path logFile = this.out.resolve(name + ".log");
		Files.deleteIfExists(this.out.resolve(name + "-gc.log"));
		log("%s: starting %s", name, printable(command));
		long started = System.nanoTime();
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
		// never leave the measured app running if this harness is stopped
		Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
		try {
			awaitLine(child, logFile, ready, Duration.ofSeconds(180));
			log("%s: running after %.1f s", name, (System.nanoTime() - started) / 1e9);
			Duration drainTimeout = Duration.ofSeconds(this.options.integer("drain-timeout-seconds"));
			String bootstrap = this.options.get("bootstrap");
			int maxInFlight = this.options.integer("max-in-flight");
			@SuppressWarnings("unchecked")
			LoadRun run = (completion instanceof LongSupplier done)
					? new LoadRun(bootstrap, events, raw, done, maxInFlight)
					: new LoadRun(bootstrap, events, raw, (List<TopicPartition>) completion, maxInFlight);
			try (LoadRun load = run) {
				LoadRun.Phase warmup = load.saturate("warm-up", this.options.integer("warmup-events"),
						Duration.ofSeconds(this.options.integer("warmup-seconds")), drainTimeout);
				log("%s: warm-up %d events in %.1f s (%.0f/s)", name, warmup.received.get(), warmup.seconds(),
						warmup.perSecond());
				Cpu before = cpu(child);
				Map<String, Long> threadsBefore = ThreadCpu.snapshot(child.pid());
				long uptimeStart = (System.nanoTime() - started) / 1_000_000;
				LoadRun.Phase measured = load.saturate("measured", this.options.integer("events"), drainTimeout,
						() -> fullGc(child));
				Cpu after = cpu(child);
				Map<String, Long> threads = ThreadCpu.perEvent(threadsBefore, ThreadCpu.snapshot(child.pid()),
						Math.max(1, measured.received.get()));
				long uptimeEnd = (System.nanoTime() - started) / 1_000_000;
				log("%s: measured %d events in %.1f s (%.0f/s)", name, measured.received.get(), measured.seconds(),
						measured.perSecond());
				double rate = 0;
				long p50 = -1;
				long p99 = -1;
				if (completion instanceof List) {
					rate = measured.perSecond() * this.options.decimal("latency-load");
					LoadRun.Phase paced = load.paced("latency", rate,
							Duration.ofSeconds(this.options.integer("latency-seconds")), drainTimeout);
					p50 = paced.latencyMs(0.5);
					p99 = paced.latencyMs(0.99);
					log("%s: paced %d events at %.0f/s: p50 %d ms, p99 %d ms", name, paced.received.get(), rate, p50,
							p99);
				}
				stop(child);
				GcLog gc = GcLog.read(this.out.resolve(name + "-gc.log"), uptimeStart, uptimeEnd);
				long n = measured.received.get();
				return new Result(n, measured.perSecond(), p50, p99, rate, measured.latencyMs(0.5),
						measured.latencyMs(0.99), gc, (after.app - before.app) / n, (after.broker - before.broker) / n,
						(after.harness - before.harness) / n, measured.meanOutputBytes(), threads);
			}
		}
		finally {
			stop(child);
		}
	}

	private Result normalizer() throws Exception {
		Path logFile = this.out.resolve("normalizer.log");
		Files.deleteIfExists(this.out.resolve("normalizer-gc.log"));
		List<String> command = new ArrayList<>(javaCommand("normalizer"));
		command.addAll(List.of("-cp", this.options.get("classpath"), NormalizerOnly.class.getName(),
				this.options.get("corpus"), "distinct", this.options.get("normalizer-warmup-events"),
				this.options.get("events"), this.options.get("threads")));
		log("normalizer: starting %s", printable(command));
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
		if (!child.waitFor(15, TimeUnit.MINUTES) || child.exitValue() != 0) {
			child.destroyForcibly();
			throw new IllegalStateException("NormalizerOnly failed; see " + logFile);
		}
		String line = Files.readAllLines(logFile)
			.stream()
			.filter((l) -> l.startsWith("RESULT "))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no RESULT line in " + logFile));
		Map<?, ?> result = EventJson.mapper().readValue(line.substring("RESULT ".length()), Map.class);
		long n = ((Number) result.get("events")).longValue();
		double wall = ((Number) result.get("wallSeconds")).doubleValue();
		double cpu = ((Number) result.get("cpuSeconds")).doubleValue();
		GcLog gc = GcLog.read(this.out.resolve("normalizer-gc.log"), ((Number) result.get("uptimeStartMs")).longValue(),
				((Number) result.get("uptimeEndMs")).longValue());
		log("normalizer: %d events (%s rejected) in %.1f s", n, result.get("rejected"), wall);
		Map<String, Long> threads = new TreeMap<>();
		if (result.get("threadCpuNanos") instanceof Map<?, ?> byGroup) {
			byGroup.forEach((group, nanos) -> threads.put((String) group, ((Number) nanos).longValue() / n));
		}
		return new Result(n, n / wall, -1, -1, 0, -1, -1, gc, (long) (cpu * 1e9 / n), 0, 0, 0, threads);
	}

	private List<String> javaCommand(String name) {
		List<String> command = new ArrayList<>(List.of("java", "-Xmx" + this.options.get("heap"), "-XX:+UseG1GC",
				"-Xlog:gc:file=" + this.out.resolve(name + "-gc.log") + ":uptime",
				"-Dlogback.configurationFile=" + this.options.get("logback")));
		if (this.options.all("jfr").contains(name)) {
			command.add("-XX:StartFlightRecording=filename=" + this.out.resolve(name + ".jfr") + ",settings=profile");
		}
		return command;
	}

	private void createTopics(List<String> plain, List<String> compacted) throws InterruptedException {
		int partitions = this.options.integer("partitions");
		String maxMessageBytes = Long.toString(PassThroughApp.MESSAGE_BYTES);
		List<NewTopic> topics = new ArrayList<>();
		for (String name : plain) {
			topics.add(new NewTopic(name, partitions, (short) 1)
				.configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes)));
		}
		for (String name : compacted) {
			topics.add(new NewTopic(name, partitions, (short) 1).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
					maxMessageBytes, TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
		}
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.options.get("bootstrap")))) {
			admin.createTopics(topics).all().get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("could not create topics " + plain + compacted, ex.getCause());
		}
	}

	private static void awaitLine(Process child, Path logFile, Predicate<String> ready, Duration timeout)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!child.isAlive()) {
				throw new IllegalStateException("the process exited with " + child.exitValue() + "; see " + logFile);
			}
			if (Files.exists(logFile)) {
				for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
					if (ready.test(line)) {
						return;
					}
				}
			}
			TimeUnit.MILLISECONDS.sleep(250);
		}
		throw new IllegalStateException("not running after " + timeout.toSeconds() + " s; see " + logFile);
	}

	/**
	 * Asks the process for a full collection (jcmd GC.run, in the background so that
	 * sending goes on): its GC log line tells the live heap under load.
	 */
	private static void fullGc(Process child) {
		Thread gc = new Thread(() -> {
			try {
				new ProcessBuilder("jcmd", Long.toString(child.pid()), "GC.run").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start()
					.waitFor(60, TimeUnit.SECONDS);
			}
			catch (IOException ex) {
				log("jcmd GC.run failed: %s", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "full-gc");
		gc.setDaemon(true);
		gc.start();
	}

	private static void stop(Process child) throws InterruptedException {
		if (!child.isAlive()) {
			return;
		}
		child.destroy();
		if (!child.waitFor(60, TimeUnit.SECONDS)) {
			child.destroyForcibly();
		}
	}

	private Cpu cpu(Process child) {
		long brokerPid = this.options.integer("broker-pid");
		return new Cpu(ProcessCpu.of(child.pid()), (brokerPid > 0) ? ProcessCpu.of(brokerPid) : 0, ProcessCpu.self());
	}

	/** The command without the long class path. */
	private static String printable(List<String> command) {
		List<String> shown = new ArrayList<>(command);
		int cp = shown.indexOf("-cp");
		if (cp >= 0 && cp + 1 < shown.size()) {
			shown.set(cp + 1, "<class path>");
		}
		return String.join(" ", shown);
	}

	static void log(String format, Object... args) {
		System.err.printf(Locale.ROOT, "[harness] " + format + "%n", args);
	}

	/** CPU time so far, ns, of the measured process, the broker and this harness. */
	private record Cpu(long app, long broker, long harness) {

	}

	/**
	 * One measurement. Latencies in ms (-1: not measured); CPU in ns per article.
	 *
	 * @param events measured events
	 * @param perSecond articles per second, saturated
	 * @param p50 end-to-end latency, paced phase
	 * @param p99 end-to-end latency, paced phase
	 * @param pacedRate the paced phase's rate, events per second
	 * @param saturatedP50 end-to-end latency while saturated (in-flight bound)
	 * @param saturatedP99 end-to-end latency while saturated (in-flight bound)
	 * @param gc heap figures of the measured window
	 * @param appCpuNanos CPU of the measured process per article
	 * @param brokerCpuNanos CPU of the broker per article
	 * @param harnessCpuNanos CPU of the load generator (producer, consumer) per article
	 * @param meanOutputBytes mean size of an output record
	 * @param threadCpuNanos CPU of the measured process per article by thread group
	 * ({@link ThreadCpu})
	 */
	record Result(long events, double perSecond, long p50, long p99, double pacedRate, long saturatedP50,
			long saturatedP99, GcLog gc, long appCpuNanos, long brokerCpuNanos, long harnessCpuNanos,
			long meanOutputBytes, Map<String, Long> threadCpuNanos) {

	}

}
