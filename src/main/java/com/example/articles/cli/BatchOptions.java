package com.example.articles.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.articles.normalize.NormalizerSettings;

/**
 * The batch command's arguments:
 * {@code [--rejects FILE] [--max-event-bytes N] [--threads N] [FILE...]}.
 */
record BatchOptions(List<Path> inputs, @Nullable Path rejects, long maxEventBytes, int threads,
		@Nullable Path siteProfiles) {

	static final String USAGE = "usage: normalize [--rejects FILE] [--max-event-bytes N] [--threads N] "
			+ "[--site-profiles FILE] [FILE...]";

	BatchOptions {
		inputs = List.copyOf(inputs);
	}

	/**
	 * Parses the arguments; an {@link IllegalArgumentException} says what is wrong with
	 * them.
	 */
	static BatchOptions parse(List<String> args) {
		List<Path> inputs = new ArrayList<>();
		Path rejects = null;
		long maxEventBytes = NormalizerSettings.DEFAULT_MAX_EVENT_BYTES;
		int threads = Runtime.getRuntime().availableProcessors();
		Path siteProfiles = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			boolean hasValue = i + 1 < args.size();
			if (arg.equals("--rejects") && hasValue) {
				rejects = Path.of(args.get(++i));
			}
			else if (arg.equals("--max-event-bytes") && hasValue) {
				maxEventBytes = positive(arg, args.get(++i));
			}
			else if (arg.equals("--site-profiles") && hasValue) {
				siteProfiles = Path.of(args.get(++i));
			}
			else if (arg.equals("--threads") && hasValue) {
				threads = (int) Math.min(256, positive(arg, args.get(++i)));
			}
			else if (arg.startsWith("-") && !arg.equals("-")) {
				throw new IllegalArgumentException("unknown option or missing value: " + arg);
			}
			else {
				inputs.add(Path.of(arg));
			}
		}
		return new BatchOptions(inputs, rejects, maxEventBytes, threads, siteProfiles);
	}

	private static long positive(String option, String value) {
		try {
			long number = Long.parseLong(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below
		}
		throw new IllegalArgumentException(option + " takes a positive whole number, not '" + value + "'");
	}

}
