package com.example.articles.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.EventJson;
import com.example.articles.contract.EventRejectedException;
import com.example.articles.normalize.ArticleNormalizer;
import com.example.articles.normalize.NormalizerSettings;

/**
 * {@code normalize [--rejects FILE] [--max-event-bytes N] [--threads N] [FILE...]}: raw
 * article events as JSON Lines in (the files, or stdin), normalized events as JSON Lines
 * out, in input order. A line that cannot be normalized becomes one
 * {@code {"eventId","url","reason","error"}} line on stderr or in the rejects file, and
 * the run goes on. Lines are normalized on all cores, a bounded window at a time, and
 * written in order. No Spring and no Kafka are started, so the first line comes out fast.
 */
public final class BatchNormalizeCommand {

	private final ArticleNormalizer normalizer;

	private final int threads;

	public BatchNormalizeCommand(ArticleNormalizer normalizer, int threads) {
		this.normalizer = normalizer;
		this.threads = Math.max(1, threads);
	}

	/**
	 * The command line entry: parses the arguments, builds the normalizer they ask for
	 * and runs. Returns the process exit code: 0, or 2 for bad usage or a file it cannot
	 * read or write.
	 */
	public static int main(List<String> args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
		BatchOptions options;
		try {
			options = BatchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			return fail(writer(stderr), "normalize: " + ex.getMessage() + "\n" + BatchOptions.USAGE);
		}
		ArticleNormalizer normalizer;
		try {
			normalizer = new ArticleNormalizer(new NormalizerSettings(options.maxEventBytes(), options.siteProfiles()),
					Clock.systemUTC());
		}
		catch (RuntimeException ex) {
			return fail(writer(stderr), "normalize: cannot use the site profiles: " + ex.getMessage());
		}
		return new BatchNormalizeCommand(normalizer, options.threads()).run(options, stdin, stdout, stderr);
	}

	/**
	 * Runs with this command's normalizer; the options' size limit and threads are not
	 * consulted.
	 */
	public int run(List<String> args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
		try {
			return run(BatchOptions.parse(args), stdin, stdout, stderr);
		}
		catch (IllegalArgumentException ex) {
			return fail(writer(stderr), "normalize: " + ex.getMessage() + "\n" + BatchOptions.USAGE);
		}
	}

	private int run(BatchOptions options, InputStream stdin, OutputStream stdout, OutputStream stderr) {
		Writer errors = writer(stderr);
		List<Path> inputs = options.inputs();
		Path rejectsFile = options.rejects();
		ExecutorService pool = Executors.newFixedThreadPool(this.threads, runnable -> {
			Thread thread = new Thread(runnable, "normalize");
			thread.setDaemon(true);
			return thread;
		});
		Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
		try (Writer rejectsFileWriter = rejectsFile != null
				? Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8) : null) {
			Writer rejects = rejectsFileWriter != null ? rejectsFileWriter : errors;
			if (inputs.isEmpty()) {
				process(stdin, pool, out, rejects);
			}
			for (Path input : inputs) {
				try (InputStream in = input.toString().equals("-") ? stdin : Files.newInputStream(input)) {
					process(in, pool, out, rejects);
				}
			}
			out.flush();
			rejects.flush();
			errors.flush();
			return 0;
		}
		catch (IOException | UncheckedIOException ex) {
			flushQuietly(out);
			return fail(errors, "normalize: cannot read or write: " + ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void flushQuietly(Writer writer) {
		try {
			writer.flush();
		}
		catch (IOException ignored) {
			// the output itself is what failed
		}
	}

	private void process(InputStream in, ExecutorService pool, Writer out, Writer rejects) throws IOException {
		BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		Deque<Future<Result>> window = new ArrayDeque<>();
		int maxInFlight = this.threads * 4;
		String line;
		while (true) {
			if (!lines.ready()) {
				// The next read may block: hand out what is done so far, so that a slow
				// or
				// interactive producer sees each result as soon as it exists.
				while (!window.isEmpty()) {
					write(window.removeFirst(), out, rejects);
				}
				out.flush();
			}
			line = lines.readLine();
			if (line == null) {
				break;
			}
			if (line.isBlank()) {
				continue;
			}
			String rawLine = line;
			window.add(pool.submit(() -> normalizeLine(rawLine)));
			if (window.size() >= maxInFlight) {
				write(window.removeFirst(), out, rejects);
			}
		}
		while (!window.isEmpty()) {
			write(window.removeFirst(), out, rejects);
		}
	}

	private Result normalizeLine(String line) {
		try {
			return new Result(EventJson.toJson(this.normalizer.normalize(line.getBytes(StandardCharsets.UTF_8))), null);
		}
		catch (EventRejectedException ex) {
			return new Result(null, rejection(ex.eventId(), ex.url(), ex.reason().code(), ex.getMessage()));
		}
		catch (RuntimeException | StackOverflowError ex) {
			// A bug of ours on one page must not stop the batch: report it like a
			// rejection.
			return new Result(null, rejection(null, null, "internal-error", ex.toString()));
		}
	}

	private static void write(Future<Result> pending, Writer out, Writer rejects) throws IOException {
		Result result;
		try {
			result = pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		if (result.normalized() != null) {
			out.write(result.normalized());
			out.write('\n');
		}
		else {
			rejects.write(result.rejection());
			rejects.write('\n');
			rejects.flush();
		}
	}

	private static String rejection(@Nullable String eventId, @Nullable String url, String reason,
			@Nullable String message) {
		Map<String, @Nullable String> line = new LinkedHashMap<>();
		line.put("eventId", eventId);
		line.put("url", url);
		line.put("reason", reason);
		line.put("error", message);
		return EventJson.toJson(line);
	}

	private static int fail(Writer errors, String message) {
		try {
			errors.write(message);
			errors.write('\n');
			errors.flush();
		}
		catch (IOException ignored) {
			// nothing left to tell it to
		}
		return 2;
	}

	private static Writer writer(OutputStream stream) {
		return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
	}

	private record Result(@Nullable String normalized, @Nullable String rejection) {
	}

}
