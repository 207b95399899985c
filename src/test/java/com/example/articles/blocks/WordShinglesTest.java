package com.example.articles.blocks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordShinglesTest {

	private static final String PARAGRAPH = "But as unpopular as it may be in the traumatic aftermath of the debacle in the West, "
			+ "we must try to salvage what we can from the disaster.";

	@Test
	void aQuotedPieceIsFullyContained() {
		long[] quote = WordShingles.of("As unpopular as it may be in the traumatic aftermath of the debacle");
		assertThat(WordShingles.containment(quote, WordShingles.of(PARAGRAPH))).isEqualTo(1.0);
	}

	@Test
	void aQuoteWithAnEditorsCutsStaysANearCopy() {
		long[] quote = WordShingles
			.of("The committee found that nobody had checked whether the contractors could deliver on time.");
		long[] paragraph = WordShingles.of("The committee found that nobody at the department had checked whether the "
				+ "contractors could actually deliver on time, the report says.");
		assertThat(WordShingles.containment(quote, paragraph)).isGreaterThanOrEqualTo(NearCopyIndex.NEAR_COPY);
	}

	@Test
	void containmentIsOfThePartNotTheWhole() {
		long[] quote = WordShingles.of("As unpopular as it may be in the traumatic aftermath of the debacle");
		assertThat(WordShingles.containment(WordShingles.of(PARAGRAPH), quote)).isLessThan(0.8);
	}

	@Test
	void ignoresCasePunctuationAndUnicodeForm() {
		assertThat(WordShingles.of("Caf\u00e9 society, in PARIS!"))
			.containsExactly(WordShingles.of("cafe\u0301 society in paris"));
	}

	@Test
	void sharingOneSentenceIsFarFromACopy() {
		String shared = "The minister said the plan would be published next week.";
		long[] a = WordShingles
			.of(shared + " Critics called it too little, too late, and demanded a vote in parliament.");
		long[] b = WordShingles
			.of(shared + " Business groups welcomed the delay and asked for a longer consultation period.");
		assertThat(WordShingles.containment(a, b)).isLessThan(0.6);
		assertThat(WordShingles.containment(b, a)).isLessThan(0.6);
	}

	@Test
	void shortTextsHaveOneShingle() {
		assertThat(WordShingles.of("Advertisement")).hasSize(1);
		assertThat(WordShingles.of("...")).isEmpty();
	}

	@Test
	void splitsUnspacedScriptsIntoCharacters() {
		assertThat(WordShingles.words("東京の天気")).containsExactly("東", "京", "の", "天", "気");
		assertThat(WordShingles.words("Tokyo 東京 2021")).containsExactly("tokyo", "東", "京", "2021");
	}

}
