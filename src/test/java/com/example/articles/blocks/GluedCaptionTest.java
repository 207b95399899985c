package com.example.articles.blocks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GluedCaptionTest {

	@Test
	void splitsTheLeadFromTheDescription() {
		assertThat(GluedCaption.parse("We must salvage what we can.  Pictured: Taliban fighters in Kabul"))
			.contains(new GluedCaption("We must salvage what we can.", "Taliban fighters in Kabul"));
		assertThat(GluedCaption.parse("“It was a disaster,” she said. ABOVE: The scene on Monday"))
			.contains(new GluedCaption("“It was a disaster,” she said.", "The scene on Monday"));
	}

	@Test
	void needsASentenceBeforeTheMarker() {
		assertThat(GluedCaption.parse("The man pictured: a suspect in the case")).isEmpty();
		assertThat(GluedCaption.parse("Pictured: Taliban fighters in Kabul")).isEmpty();
		assertThat(GluedCaption.parse("A sentence. Pictured: ...")).isEmpty();
	}

	@Test
	void leavesCreditsAlone() {
		assertThat(GluedCaption.parse("Protesters in London on Saturday. Photograph: Jane Doe/AP")).isEmpty();
	}

}
