package com.example.articles.fingerprint;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BitCountsTest {

	@Test
	void countsEachBitOfRandomHashes() {
		Random random = new Random(11);
		for (int size : new int[] { 0, 1, 2, 254, 255, 256, 511, 1000 }) {
			long[] hashes = new long[size];
			for (int i = 0; i < size; i++) {
				// Sparse, dense and uniform hashes, so that some byte counters fill up.
				long hash = random.nextLong();
				hashes[i] = switch (i % 3) {
					case 0 -> hash;
					case 1 -> hash | random.nextLong();
					default -> hash & random.nextLong();
				};
			}
			assertCounts(hashes);
		}
	}

	@Test
	void countsAHashAddedMoreTimesThanAByteHolds() {
		long[] hashes = new long[700];
		Arrays.fill(hashes, -1L);
		assertCounts(hashes);
		BitCounts counts = add(hashes);
		assertThat(counts.majority(hashes.length)).isEqualTo(-1L);
		assertThat(counts.majority(2 * hashes.length)).isZero();
	}

	@Test
	void majorityIsStrict() {
		BitCounts counts = add(new long[] { 0b01L, 0b11L });
		assertThat(counts.majority(2)).isEqualTo(0b01L);
		assertThat(counts.majority(3)).isEqualTo(0b01L);
		assertThat(counts.majority(4)).isZero();
		assertThat(counts.added()).isEqualTo(2);
	}

	private static void assertCounts(long[] hashes) {
		BitCounts counts = add(hashes);
		for (int bit = 0; bit < 64; bit++) {
			int expected = 0;
			for (long hash : hashes) {
				expected += (int) ((hash >>> bit) & 1L);
			}
			assertThat(counts.count(bit)).as("bit %d of %d hashes", bit, hashes.length).isEqualTo(expected);
		}
		assertThat(counts.added()).isEqualTo(hashes.length);
	}

	private static BitCounts add(long[] hashes) {
		BitCounts counts = new BitCounts();
		for (long hash : hashes) {
			counts.add(hash);
		}
		return counts;
	}

}
