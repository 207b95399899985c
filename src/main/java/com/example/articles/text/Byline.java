package com.example.articles.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline line: "By JOHN SMITH", "By Jane Doe and John Smith For MailOnline", "By Jane
 * Doe, Political Editor". Names are capitalized words, so "By Monday, the troops had
 * left." is not one; nor is anything that ends like a sentence.
 */
final class Byline {

	private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";

	private static final Pattern BYLINE = Pattern
		.compile("^(?:By|BY|by|Written by|WRITTEN BY)\\s+(" + NAME_WORD + "(?:\\s+(?:" + NAME_WORD
				+ "|and|&|de|da|di|van|von|der|den|del|la|le|bin|al))*)" + "(?:\\s*[,|]\\s*[^.!?]{1,60})?$");

	private static final Pattern ROLE = Pattern.compile("\\s+(?iu:for|in)\\s+.*$");

	private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:and|&)\\s+|\\s*,\\s*");

	private static final int MAX_WORDS = 12;

	private Byline() {
	}

	/** The authors the line names, or empty when it is no byline. */
	static Optional<List<String>> authors(String line) {
		if (CaptionParser.words(line) > MAX_WORDS) {
			return Optional.empty();
		}
		Matcher byline = BYLINE.matcher(line.strip());
		if (!byline.matches()) {
			return Optional.empty();
		}
		String names = ROLE.matcher(byline.group(1)).replaceFirst("");
		List<String> authors = new ArrayList<>();
		for (String name : SEPARATOR.split(names)) {
			if (!name.isBlank()) {
				authors.add(name.strip());
			}
		}
		return Optional.of(authors);
	}

}
