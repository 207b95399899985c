package com.example.articles.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleDetectorTest {

	@Test
	void takesAShortFirstBlockWithoutAFullStop() {
		assertThat(TitleDetector.isTitle(List.of("Can we make deals with the Taliban?", "The retreat is over.")))
			.isTrue();
		assertThat(TitleDetector.isTitle(List.of("Talks stall in Doha", "The retreat is over."))).isTrue();
		assertThat(TitleDetector.isTitle(List.of("MARK ALMOND: Deals with the Taliban may be our only hope", "Body.")))
			.isTrue();
		assertThat(TitleDetector.isTitle(List.of("U.S. envoy: No deal yet", "Body."))).isTrue();
		assertThat(TitleDetector.isTitle(List.of("Gespräche in Doha gescheitert", "Die Gespräche sind gescheitert.")))
			.isTrue();
	}

	@Test
	void takesAFirstBlockRepeatedRightAfterWhateverItsShape() {
		String first = "This opening sentence ends with a full stop.";
		assertThat(TitleDetector.isTitle(List.of(first, first, "Body."))).isTrue();
	}

	@Test
	void leavesASentenceOrALoneBlockInTheBody() {
		assertThat(TitleDetector.isTitle(List.of("The retreat is almost over.", "Now the question is this.")))
			.isFalse();
		assertThat(TitleDetector.isTitle(List.of("東京で会談が行われた。", "両国の首脳が会談した。"))).isFalse();
		assertThat(TitleDetector.isTitle(List.of("Talks stall in Doha"))).isFalse();
		assertThat(TitleDetector.isTitle(List.of("Your mindset matters. Here is why:", "Body."))).isFalse();
		assertThat(TitleDetector.isTitle(List.of("This post is sponsored. All opinions are mine", "Body."))).isFalse();
		assertThat(TitleDetector.isTitle(List.of("word ".repeat(30), "Body."))).isFalse();
	}

}
