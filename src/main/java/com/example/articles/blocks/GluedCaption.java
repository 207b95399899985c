package com.example.articles.blocks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caption that glues some text, often a pull quote, to the description of the image:
 * "As unpopular as it may be ... disaster. Pictured: Taliban fighters control the
 * palace". The marker must follow the end of a sentence, so "a man pictured: ..." inside
 * a sentence is not one.
 *
 * @param lead the text before the marker ("As unpopular ... disaster.")
 * @param description what the image shows ("Taliban fighters control the palace")
 */
public record GluedCaption(String lead, String description) {

	// "Photo:" and "Photograph:" are left out: after a sentence they name the credit.
	private static final Pattern MARKER = Pattern
		.compile("(?<=[.!?…\"”’')\\]])\\s+(?i:pictured|above|below|inset)\\s*:\\s*(?=\\S)");

	public static Optional<GluedCaption> parse(String text) {
		Matcher marker = MARKER.matcher(text);
		if (!marker.find()) {
			return Optional.empty();
		}
		String lead = text.substring(0, marker.start()).strip();
		String description = text.substring(marker.end()).strip();
		if (lead.isEmpty() || TextKey.of(description).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new GluedCaption(lead, description));
	}

}
