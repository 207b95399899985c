package com.example.articles.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.example.articles.contract.EventJson;

/**
 * {@code PeerNormalizeCommand readability4j|boilerpipe}: the score tool's raw events
 * (JSON Lines with eventId, url, html) on stdin, {@code {"eventId","text"}} lines on
 * stdout, so that {@code NORMALIZE_CMD} can point the score tool at a peer extractor. A
 * page the peer fails on is reported on stderr and left out (the score tool counts it as
 * empty).
 */
public final class PeerNormalizeCommand {

	private PeerNormalizeCommand() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: PeerNormalizeCommand readability4j|boilerpipe");
			System.exit(2);
		}
		PeerExtractor peer = PeerExtractor.named(args[0]);
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
		try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				Map<?, ?> event = EventJson.mapper().readValue(line, Map.class);
				Object eventId = event.get("eventId");
				Object url = event.get("url");
				Object html = event.get("html");
				if (!(html instanceof String page)) {
					System.err.println("skipped " + eventId + ": no html");
					continue;
				}
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("eventId", eventId);
				try {
					result.put("text", peer.text(page, (url instanceof String u) ? u : ""));
				}
				catch (RuntimeException | StackOverflowError ex) {
					System.err.println("skipped " + eventId + ": " + ex);
					continue;
				}
				out.write(EventJson.toJson(result));
				out.write('\n');
			}
		}
	}

}
