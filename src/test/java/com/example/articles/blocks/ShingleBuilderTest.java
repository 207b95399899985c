package com.example.articles.blocks;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShingleBuilderTest {

	@Test
	void keepsEachPairOnceInTheOrderFirstSeen() {
		ShingleBuilder builder = new ShingleBuilder();
		builder.clear();
		for (String word : List.of("a", "b", "a", "b", "c")) {
			builder.addWord(word.hashCode());
		}
		long[] shingles = builder.shingles();
		// a b, b a, (a b again), b c
		assertThat(shingles).hasSize(3);
		assertThat(builder.words()).isEqualTo(5);
		long[] sorted = shingles.clone();
		Arrays.sort(sorted);
		assertThat(sorted).containsExactly(WordShingles.of(List.of("a", "b", "a", "b", "c")));
	}

	@Test
	void oneWordIsOneShingleAndNoWordNone() {
		ShingleBuilder builder = new ShingleBuilder();
		builder.clear();
		assertThat(builder.shingles()).isEmpty();
		builder.clear();
		builder.addWord("advertisement".hashCode());
		assertThat(builder.shingles()).containsExactly(WordShingles.of(List.of("advertisement")));
	}

	@Test
	void aReusedBuilderForgetsTheTextBefore() {
		Random random = new Random(17);
		ShingleBuilder reused = new ShingleBuilder();
		for (int round = 0; round < 500; round++) {
			// Few distinct words, so that texts share pairs; some long enough to grow.
			int count = (round % 25 == 0) ? random.nextInt(3000) : random.nextInt(80);
			int[] hashes = new int[count];
			long[] wordHashes = new long[count];
			for (int i = 0; i < count; i++) {
				hashes[i] = ("w" + random.nextInt(40)).hashCode();
				wordHashes[i] = hashes[i];
			}
			reused.clear();
			for (int hash : hashes) {
				reused.addWord(hash);
			}
			long[] shingles = reused.shingles();
			long[] sorted = shingles.clone();
			Arrays.sort(sorted);
			assertThat(sorted).containsExactly(WordShingles.ofWordHashes(wordHashes, count));
			assertThat(reused.words()).isEqualTo(count);
		}
	}

}
