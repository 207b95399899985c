package com.example.articles.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextBlocksTest {

	@Test
	void splitsOnBlankLinesWhateverTheLineBreak() {
		assertThat(TextBlocks.split("One\r\n\r\nTwo\r\rThree\u2028\u2028Four\n\nFive\u0085\u0085Six")).containsExactly(
				List.of("One"), List.of("Two"), List.of("Three"), List.of("Four"), List.of("Five"), List.of("Six"));
	}

	@Test
	void countsWhitespaceOnlyLinesAsBlank() {
		assertThat(TextBlocks.split("One\n \t\u00a0\u202f\nTwo\n\u3000\nThree")).containsExactly(List.of("One"),
				List.of("Two"), List.of("Three"));
	}

	@Test
	void keepsTheLinesOfABlockAndCleansTheirSpaces() {
		assertThat(TextBlocks.split("\ufeffFirst\u00a0line\twith  tabs \nsecond\u200b line\n\n\n"))
			.containsExactly(List.of("First line with tabs", "second line"));
	}

	@Test
	void splitsLinesThatEachEndASentence() {
		assertThat(TextBlocks.split(
				"Talks stall\n\nThe talks ended on Friday.\nNo date was set.\n\nHard-wrapped prose\nends mid-sentence."))
			.containsExactly(List.of("Talks stall"), List.of("The talks ended on Friday."), List.of("No date was set."),
					List.of("Hard-wrapped prose", "ends mid-sentence."));
	}

	@Test
	void splitsATextWithoutBlankLinesIntoItsLines() {
		assertThat(TextBlocks
			.split("Talks stall in Doha\nThe talks ended on Friday.\nNo date was set.\n“We will try again,” he said."))
			.containsExactly(List.of("Talks stall in Doha"), List.of("The talks ended on Friday."),
					List.of("No date was set."), List.of("“We will try again,” he said."));
		assertThat(TextBlocks.split("The talks ended\non Friday after\nsix hours.")).hasSize(1);
	}

	@Test
	void composesDecomposedCharacters() {
		assertThat(TextBlocks.split("cafe\u0301")).containsExactly(List.of("caf\u00e9"));
	}

	@Test
	void findsNoBlocksInBlankText() {
		assertThat(TextBlocks.split(" \n\u00a0\n")).isEmpty();
		assertThat(TextBlocks.split("")).isEmpty();
	}

}
