package com.example.articles.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimHashTest {

	private static final String ARTICLE = "The council approved the new budget on Tuesday after a long debate about "
			+ "school funding, road repairs and the future of the public library, which had faced closure for two "
			+ "years. The mayor said the plan balanced the needs of residents with the limits of the city's revenue, "
			+ "and that further cuts would be avoided if the economy kept growing at its current pace next year.";

	@Test
	void aOneWordEditOfAnArticleMovesTheHashByAFewBits() {
		List<String> words = articleOfWords(900, 1);
		List<String> edited = new ArrayList<>(words);
		edited.set(450, "edited");
		assertThat(SimHash.distance(SimHash.of(words), SimHash.of(edited))).isLessThanOrEqualTo(3);
	}

	@Test
	void independentArticlesOfTheSameVocabularyAreFarApart() {
		assertThat(SimHash.distance(SimHash.of(articleOfWords(900, 1)), SimHash.of(articleOfWords(900, 2))))
			.isGreaterThan(10);
	}

	/**
	 * A pseudo-article: words drawn from a 2,000-word vocabulary, as long as a typical
	 * news story.
	 */
	private static List<String> articleOfWords(int count, long seed) {
		Random random = new Random(seed);
		List<String> words = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			words.add("w" + random.nextInt(2_000));
		}
		return words;
	}

	@Test
	void differentTextsAreFarApart() {
		long a = SimHash.of(Fingerprints.words(ARTICLE));
		long b = SimHash.of(Fingerprints.words("Scientists found a new species of frog in the rainforest, "
				+ "bright blue with yellow spots, living high in the canopy where few researchers ever climb. "
				+ "The team spent three months recording its calls before they were sure it was new to science."));
		assertThat(SimHash.distance(a, b)).isGreaterThan(10);
	}

	@Test
	void roundTripsThroughHex() {
		long hash = SimHash.of(Fingerprints.words(ARTICLE));
		assertThat(SimHash.toHex(hash)).matches("[0-9a-f]{16}");
		assertThat(SimHash.fromHex(SimHash.toHex(hash))).isEqualTo(hash);
		assertThat(SimHash.of(List.of())).isZero();
	}

}
