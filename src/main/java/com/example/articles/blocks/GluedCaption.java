package com.example.articles.blocks;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
	private static final Set<String> MARKERS = Set.of("pictured", "above", "below", "inset");

	private static final String SENTENCE_END = ".!?…\"”’')]";

	/**
	 * Finds the first marker; a scan for colons rather than a regular expression, as it
	 * runs on every block of every article.
	 */
	public static Optional<GluedCaption> parse(String text) {
		for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
			int wordEnd = colon;
			while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
				wordEnd--;
			}
			int wordStart = wordEnd;
			while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
				wordStart--;
			}
			int leadEnd = wordStart;
			while (leadEnd > 0 && Character.isWhitespace(text.charAt(leadEnd - 1))) {
				leadEnd--;
			}
			boolean marker = leadEnd < wordStart && leadEnd > 0 && SENTENCE_END.indexOf(text.charAt(leadEnd - 1)) >= 0
					&& MARKERS.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
			if (marker) {
				String lead = text.substring(0, leadEnd).strip();
				String description = text.substring(colon + 1).strip();
				if (!BoilerplateText.isPunctuationOnly(lead) && !BoilerplateText.isPunctuationOnly(description)) {
					return Optional.of(new GluedCaption(lead, description));
				}
			}
		}
		return Optional.empty();
	}

}
