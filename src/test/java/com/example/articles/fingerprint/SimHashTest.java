package com.example.articles.fingerprint;

import java.nio.charset.StandardCharsets;
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
	void setsTheBitsThatMostShingleHashesHave() {
		for (int count : new int[] { 1, 2, 3, 4, 17, 900 }) {
			List<String> words = articleOfWords(count, count);
			words.set(0, "caf\u00e9");
			assertThat(SimHash.of(words)).isEqualTo(majorityOfShingleHashes(words));
		}
	}

	@Test
	void setsTheBitsThatMostShingleHashesHaveOnRandomWords() {
		Random random = new Random(5);
		String[] vocabulary = { "a", "the", "caf\u00e9", "x", "42", "\u6771", "w" };
		for (int round = 0; round < 300; round++) {
			// Up to 1,200 words, so that the byte counters are moved to full ones
			// several times; a small vocabulary repeats shingles.
			int count = (round % 10 == 0) ? random.nextInt(1200) : random.nextInt(40);
			List<String> words = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				words.add(vocabulary[random.nextInt(vocabulary.length)] + (random.nextBoolean() ? "" : "s"));
			}
			if (count > 0) {
				assertThat(SimHash.of(words)).as("%s", words).isEqualTo(majorityOfShingleHashes(words));
			}
		}
	}

	/** The definition, one counter per bit: what the bit-sliced count must give. */
	private static long majorityOfShingleHashes(List<String> words) {
		int[] weights = new int[64];
		for (int i = 0; i < Math.max(1, words.size() - 2); i++) {
			StringBuilder shingle = new StringBuilder();
			for (int j = i; j < Math.min(words.size(), i + 3); j++) {
				shingle.append(words.get(j)).append(' ');
			}
			long hash = 0xcbf29ce484222325L;
			for (byte b : shingle.toString().getBytes(StandardCharsets.UTF_8)) {
				hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
			}
			hash ^= hash >>> 33;
			hash *= 0xff51afd7ed558ccdL;
			hash ^= hash >>> 33;
			hash *= 0xc4ceb9fe1a85ec53L;
			hash ^= hash >>> 33;
			for (int bit = 0; bit < 64; bit++) {
				weights[bit] += (((hash >>> bit) & 1L) == 1L) ? 1 : -1;
			}
		}
		long simhash = 0L;
		for (int bit = 0; bit < 64; bit++) {
			if (weights[bit] > 0) {
				simhash |= 1L << bit;
			}
		}
		return simhash;
	}

	@Test
	void roundTripsThroughHex() {
		long hash = SimHash.of(Fingerprints.words(ARTICLE));
		assertThat(SimHash.toHex(hash)).matches("[0-9a-f]{16}");
		assertThat(SimHash.fromHex(SimHash.toHex(hash))).isEqualTo(hash);
		assertThat(SimHash.of(List.of())).isZero();
	}

}
