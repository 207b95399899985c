package com.example.articles.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.example.articles.contract.EventJson;

/** Raw article events written for the tests: plain-text payloads of made-up stories. */
final class RawEvents {

	private static final String[] WORDS = { "council", "river", "bridge", "budget", "school", "harbour", "museum",
			"station", "festival", "library", "market", "garden", "tunnel", "ferry", "hospital", "stadium", "orchard",
			"lighthouse", "village", "square" };

	private RawEvents() {
	}

	/**
	 * A story of {@code paragraphs} paragraphs, different for every {@code seed}: long
	 * enough that one changed word moves the simhash by a few bits only.
	 */
	static String story(int seed, int paragraphs) {
		StringBuilder text = new StringBuilder();
		text.append("Story number ").append(seed).append(" about the ").append(WORDS[seed % WORDS.length]);
		for (int p = 0; p < paragraphs; p++) {
			text.append("\n\n");
			for (int s = 0; s < 4; s++) {
				int a = (seed * 31 + p * 7 + s * 3) % WORDS.length;
				int b = (seed * 17 + p * 5 + s * 11 + 1) % WORDS.length;
				text.append(String.format(Locale.ROOT,
						"The %s near the %s was discussed in paragraph %d sentence %d of story %d. ", WORDS[a],
						WORDS[b], p, s, seed));
			}
		}
		return text.toString();
	}

	static String text(String eventId, String url, String text) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("eventId", eventId);
		event.put("url", url);
		event.put("source", "test");
		event.put("fetchedAt", "2026-01-01T00:00:00Z");
		event.put("contentType", "text/plain; charset=utf-8");
		event.put("text", text);
		return EventJson.toJson(event);
	}

	/** The story with one word of one sentence replaced: a near copy. */
	static String edited(String story) {
		List<String> paragraphs = new ArrayList<>(List.of(story.split("\n\n")));
		int middle = paragraphs.size() / 2;
		paragraphs.set(middle, paragraphs.get(middle).replaceFirst("discussed", "debated"));
		return String.join("\n\n", paragraphs);
	}

}
