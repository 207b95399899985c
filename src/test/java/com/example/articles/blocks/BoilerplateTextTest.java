package com.example.articles.blocks;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTextTest {

	/**
	 * The pattern alone, as isBoilerplate ran it on every line before it learnt to skip.
	 */
	private static final Pattern LINE = Pattern.compile("(?iu)(?:advertisements?|advertising|sponsored(?: content)?"
			+ "|share(?: this(?: article| story)?)?|share or comment on this article:?.*|scroll down for (?:the )?video"
			+ "|read more|read more\\s*[:»›>|\\-–—].*|(?:related|recommended) (?:articles?|stories)"
			+ "|continue reading(?: below)?|(?:story|article) continues (?:below|after (?:the )?advertisement)"
			+ "|(?:story|article) continues below advertisement)\\s*[.:]?");

	@ParameterizedTest
	@ValueSource(strings = { "", " ", ".", "Advertisement", " ADVERTISEMENT ", "Sponsored content", "Share",
			"Share this story.", "Scroll down for video", "Read more: x", "READ MORE \u2014 x", "Related articles",
			"Recommended stories:", "Continue reading below", "Story continues below advertisement",
			"Article continues after the advertisement", "\u017fhare", "\u212a", "\u00c0dvertisement",
			"The advertisement ran.", "Share prices fell 3%.", "\u2003Advertisement\u2003", "x", "1 Share" })
	void agreesWithThePattern(String line) {
		assertThat(BoilerplateText.isBoilerplate(line)).as(line).isEqualTo(definition(line));
	}

	@Test
	void agreesWithThePatternOnRandomLines() {
		String[] pieces = { "Advertisement", "advertising", "sponsored", " content", "share", " this", " article",
				"Read more", ":", " \u2014 ", "related", "recommended", " stories", "continue reading", " below",
				"story", " continues", " after the advertisement", "scroll down for the video", "\u017f", "\u212a", " ",
				"\u00a0", "\u2003", ".", "x", "The", "\u00e9", "3%" };
		Random random = new Random(37);
		for (int round = 0; round < 5000; round++) {
			StringBuilder line = new StringBuilder();
			for (int i = random.nextInt(5); i > 0; i--) {
				line.append(pieces[random.nextInt(pieces.length)]);
			}
			assertThat(BoilerplateText.isBoilerplate(line.toString())).as(line.toString())
				.isEqualTo(definition(line.toString()));
		}
	}

	private static boolean definition(String line) {
		return BoilerplateText.isPunctuationOnly(line) || LINE.matcher(line.strip()).matches();
	}

}
