package com.example.articles.blocks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Pictured: " or "Above: " that may open a caption; a copy of the caption may come
 * with or without it.
 */
final class LeadingMarker {

	private static final Pattern MARKER = Pattern
		.compile("^(?iu:pictured|above|below|inset|photo|image|pic|picture)\\s*[:：]\\s*");

	private LeadingMarker() {
	}

	/** The text without its leading marker; the text itself when it has none. */
	static String strip(String text) {
		Matcher marker = MARKER.matcher(text);
		return marker.find() ? text.substring(marker.end()) : text;
	}

}
