package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedShinglesTest {

	@Test
	void countsNothingForTextsThatShareNothing() {
		assertThat(SharedShingles.bounds(List.of())).isEmpty();
		assertThat(SharedShingles.bounds(List.of(WordShingles.of("one two three"), WordShingles.of("four five"))))
			.containsExactly(0, 0);
	}

	@Test
	void countsASharedShingleForEveryTextThatHasIt() {
		// "b c" is in all three, "c d" in the first two.
		int[] bounds = SharedShingles
			.bounds(List.of(WordShingles.of("a b c d"), WordShingles.of("b c d e"), WordShingles.of("x b c")));
		assertThat(bounds[0]).isBetween(2, 3);
		assertThat(bounds[1]).isBetween(2, 3);
		assertThat(bounds[2]).isBetween(1, 2);
	}

	@Test
	void neverCountsFewerThanTheShinglesEachTextSharesWithTheOthers() {
		Random random = new Random(29);
		long exact = 0;
		long bounded = 0;
		long entries = 0;
		for (int round = 0; round < 200; round++) {
			// Texts of few words that share many pairs, or of many that share almost
			// none.
			int vocabulary = (round % 2 == 0) ? 15 : 100_000;
			List<String> texts = new ArrayList<>();
			for (int t = random.nextInt(12); t > 0; t--) {
				StringBuilder text = new StringBuilder();
				for (int w = random.nextInt(30); w > 0; w--) {
					text.append('w').append(random.nextInt(vocabulary)).append(' ');
				}
				texts.add(text.toString());
			}
			List<long[]> shingles = texts.stream().map(WordShingles::of).toList();
			int[] bounds = SharedShingles.bounds(shingles);
			for (int k = 0; k < texts.size(); k++) {
				Set<Long> others = new HashSet<>();
				for (int j = 0; j < texts.size(); j++) {
					if (j != k) {
						for (long shingle : WordShingles.of(texts.get(j))) {
							others.add(shingle);
						}
					}
				}
				long shared = Arrays.stream(WordShingles.of(texts.get(k))).filter(others::contains).count();
				assertThat(bounds[k]).as("%s, text %d", texts, k).isBetween((int) shared, shingles.get(k).length);
				exact += shared;
				bounded += bounds[k];
				entries += shingles.get(k).length;
			}
		}
		// Bits shared by different shingles raise a bound now and then, not often.
		assertThat(bounded - exact).isLessThan(entries / 10);
	}

}
