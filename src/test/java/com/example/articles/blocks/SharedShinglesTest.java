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
		assertThat(SharedShingles.count(List.of())).isEmpty();
		assertThat(SharedShingles.count(List.of(WordShingles.of("one two three"), WordShingles.of("four five"))))
			.containsExactly(0, 0);
	}

	@Test
	void countsASharedShingleForEveryTextThatHasIt() {
		// "b c" is in all three, "c d" in the first two.
		assertThat(SharedShingles
			.count(List.of(WordShingles.of("a b c d"), WordShingles.of("b c d e"), WordShingles.of("x b c"))))
			.containsExactly(2, 2, 1);
	}

	@Test
	void countsTheShinglesEachTextSharesWithTheOthers() {
		Random random = new Random(29);
		for (int round = 0; round < 200; round++) {
			List<String> texts = new ArrayList<>();
			for (int t = random.nextInt(12); t > 0; t--) {
				StringBuilder text = new StringBuilder();
				for (int w = random.nextInt(30); w > 0; w--) {
					text.append('w').append(random.nextInt(15)).append(' ');
				}
				texts.add(text.toString());
			}
			int[] counts = SharedShingles.count(texts.stream().map(WordShingles::of).toList());
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
				assertThat(counts[k]).as("%s, text %d", texts, k).isEqualTo(shared);
			}
		}
	}

}
