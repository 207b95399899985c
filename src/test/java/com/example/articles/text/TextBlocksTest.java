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
	void composesDecomposedCharacters() {
		assertThat(TextBlocks.split("cafe\u0301")).containsExactly(List.of("caf\u00e9"));
	}

	@Test
	void findsNoBlocksInBlankText() {
		assertThat(TextBlocks.split(" \n\u00a0\n")).isEmpty();
		assertThat(TextBlocks.split("")).isEmpty();
	}

}
