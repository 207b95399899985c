package com.example.articles.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionParserTest {

	@ParameterizedTest
	@ValueSource(strings = { "Pictured: Taliban fighters in Kabul", "PICTURED: Taliban fighters in Kabul",
			"Above: Taliban fighters in Kabul", "Photo: Taliban fighters in Kabul", "Image: Taliban fighters in Kabul",
			"Pic: Taliban fighters in Kabul", "Picture: Taliban fighters in Kabul", "Photo : Taliban fighters in Kabul",
			"Foto: Taliban fighters in Kabul" })
	void readsALeadingMarker(String block) {
		assertThat(CaptionParser.parse(block)).contains(new ParsedCaption("Taliban fighters in Kabul", null));
	}

	@Test
	void readsCreditTails() {
		assertThat(CaptionParser.parse("Taliban fighters in Kabul (Getty Images)"))
			.contains(new ParsedCaption("Taliban fighters in Kabul", "Getty Images"));
		assertThat(CaptionParser.parse("Taliban fighters in Kabul [AFP via Getty Images]"))
			.contains(new ParsedCaption("Taliban fighters in Kabul", "AFP via Getty Images"));
		assertThat(CaptionParser.parse("Taliban fighters in Kabul. Credit: Reuters"))
			.contains(new ParsedCaption("Taliban fighters in Kabul.", "Reuters"));
		assertThat(CaptionParser.parse("Protesters in London on Saturday. Photograph: Jane Doe/AP"))
			.contains(new ParsedCaption("Protesters in London on Saturday.", "Jane Doe/AP"));
		assertThat(CaptionParser.parse("Pictured: Taliban fighters in Kabul (Photo: Reuters)"))
			.contains(new ParsedCaption("Taliban fighters in Kabul", "Reuters"));
		assertThat(CaptionParser.parse("The launch pad at dawn © NASA"))
			.contains(new ParsedCaption("The launch pad at dawn", "NASA"));
	}

	@Test
	void readsACreditOnItsOwn() {
		assertThat(CaptionParser.parse("Photograph: Jane Doe/AP")).contains(new ParsedCaption(null, "Jane Doe/AP"));
		assertThat(CaptionParser.parse("Credit: Reuters")).contains(new ParsedCaption(null, "Reuters"));
	}

	@Test
	void readsPicturedInBrackets() {
		assertThat(CaptionParser.parse("Prince Harry (pictured left) arrives at the event on Tuesday"))
			.contains(new ParsedCaption("Prince Harry (pictured left) arrives at the event on Tuesday", null));
	}

	@Test
	void readsAGluedCaption() {
		assertThat(CaptionParser.parse("We must salvage what we can. Pictured: Taliban fighters in Kabul"))
			.contains(new ParsedCaption("We must salvage what we can. Pictured: Taliban fighters in Kabul", null));
	}

	@Test
	void leavesBodyParagraphsAlone() {
		assertThat(CaptionParser.parse("Prince Harry (pictured) said he would not attend the ceremony.")).isEmpty();
		assertThat(CaptionParser.parse("The retreat is almost over, the humiliation complete.")).isEmpty();
		assertThat(CaptionParser.parse("He described the image: a man walking alone")).isEmpty();
		assertThat(CaptionParser.parse("The talks (which began in May) have stalled")).isEmpty();
		assertThat(CaptionParser.parse("Mark Almond is director of The Crisis Research Institute, Oxford.")).isEmpty();
	}

	@Test
	void leavesALongParagraphWithAWireTagAlone() {
		String paragraph = "The ministers met for six hours on Sunday and agreed on a joint statement, ".repeat(4)
				+ "officials said (Reuters)";
		assertThat(CaptionParser.parse(paragraph)).isEmpty();
	}

}
