package com.example.articles.bench.throughput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures from a unified GC log ({@code -Xlog:gc:file=...:uptime}): per pause
 * "{@code [12.345s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 300M->52M(1024M)}".
 * Within a window of JVM uptime: the most heap in use before a collection (the peak used)
 * and the most left after one (the heap the process needed).
 */
record GcLog(long peakUsedMb, long maxAfterGcMb, long liveMb, int pauses) {

	private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+\\.\\d+)s\\].* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

	static GcLog read(Path file, long fromUptimeMs, long toUptimeMs) {
		long peak = 0;
		long after = 0;
		long live = -1;
		int pauses = 0;
		try {
			for (String line : Files.readAllLines(file)) {
				Matcher m = PAUSE.matcher(line);
				if (!m.find()) {
					continue;
				}
				long at = (long) (Double.parseDouble(m.group(1)) * 1000);
				if (at < fromUptimeMs || at > toUptimeMs) {
					continue;
				}
				peak = Math.max(peak, Long.parseLong(m.group(2)));
				after = Math.max(after, Long.parseLong(m.group(3)));
				if (line.contains("Pause Full")) {
					live = Long.parseLong(m.group(3));
				}
				pauses++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new GcLog(peak, after, live, pauses);
	}

}
