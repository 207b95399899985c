package com.example.articles.blocks;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LeadingMarkerTest {

	/** The pattern alone, as strip ran it before it learnt to skip most texts. */
	private static final Pattern MARKER = Pattern
		.compile("^(?iu:pictured|above|below|inset|photo|image|pic|picture)\\s*[:\uff1a]\\s*");

	@Test
	void stripsTheMarkerAndKeepsTheRest() {
		assertThat(LeadingMarker.strip("Pictured: Taliban fighters")).isEqualTo("Taliban fighters");
		assertThat(LeadingMarker.strip("ABOVE :  The palace")).isEqualTo("The palace");
		assertThat(LeadingMarker.strip("Image\uff1aThe palace")).isEqualTo("The palace");
		assertThat(LeadingMarker.strip("The palace, pictured: above")).isEqualTo("The palace, pictured: above");
		assertThat(LeadingMarker.strip("Pictured without a colon")).isEqualTo("Pictured without a colon");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ":", "Pictured: x", "pictured:", " Pictured: x", "\u0130nset: x", "\u0131mage: x",
			"Pic : x", "PICTURE\uff1a x", "Photo:", "Photograph: x", "Below the fold: x", "Insets: x", "\u00e0bove: x",
			"\u212aey: x", "bELOW:\u00a0x", "a: b", "Z: x" })
	void agreesWithThePattern(String text) {
		assertThat(LeadingMarker.strip(text)).isEqualTo(definition(text));
	}

	@Test
	void agreesWithThePatternOnRandomText() {
		String[] pieces = { "Pictured", "pic", "PHOTO", "image", "Above", "below", "inset", "\u0130", "\u0131",
				"\u017f", "\u212a", ":", "\uff1a", " ", "\t", "x", "The", "\u00e9", "1", "." };
		Random random = new Random(31);
		for (int round = 0; round < 5000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(6); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			assertThat(LeadingMarker.strip(text.toString())).as(text.toString()).isEqualTo(definition(text.toString()));
		}
	}

	private static String definition(String text) {
		Matcher marker = MARKER.matcher(text);
		return marker.find() ? text.substring(marker.end()) : text;
	}

}
