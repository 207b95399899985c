package com.example.articles.blocks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Pictured: " or "Above: " that may open a caption; a copy of the caption may come
 * with or without it.
 */
final class LeadingMarker {

	// mayOpenWithMarker must let through every text this matches: change the two together
	private static final Pattern MARKER = Pattern
		.compile("^(?iu:pictured|above|below|inset|photo|image|pic|picture)\\s*[:：]\\s*");

	private LeadingMarker() {
	}

	/** The text without its leading marker; the text itself when it has none. */
	static String strip(String text) {
		if (!mayOpenWithMarker(text)) {
			return text;
		}
		Matcher marker = MARKER.matcher(text);
		return marker.find() ? text.substring(marker.end()) : text;
	}

	/**
	 * False when the text cannot match {@link #MARKER}, without running it (it is tried
	 * on every block): every marker begins with p, a, b or i, in either case (a char
	 * beyond ASCII might match one, as U+0130 does "i"), and has a colon.
	 */
	private static boolean mayOpenWithMarker(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		if (first < 0x80) {
			// Setting bit 5 lower-cases an ASCII letter; only 'P' and 'p' give 'p'.
			char lower = (char) (first | 0x20);
			if (lower != 'p' && lower != 'a' && lower != 'b' && lower != 'i') {
				return false;
			}
		}
		return text.indexOf(':') >= 0 || text.indexOf('\uff1a') >= 0;
	}

}
