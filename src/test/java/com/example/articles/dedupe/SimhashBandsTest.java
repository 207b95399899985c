package com.example.articles.dedupe;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimhashBandsTest {

	@Test
	void splitsSixtyFourBitsIntoFourSixteenBitBands() {
		List<String> keys = new SimhashBands(4).keys(0x0123456789abcdefL);
		assertThat(keys).containsExactly("4/0:cdef", "4/1:89ab", "4/2:4567", "4/3:0123");
	}

	@Test
	void coversAllBitsWhenTheCountDoesNotDivideSixtyFour() {
		SimhashBands bands = new SimhashBands(5);
		// flipping any single bit changes exactly one band key
		long simhash = 0x5a5a5a5a5a5a5a5aL;
		List<String> base = bands.keys(simhash);
		for (int bit = 0; bit < 64; bit++) {
			List<String> flipped = bands.keys(simhash ^ (1L << bit));
			int changed = 0;
			for (int i = 0; i < base.size(); i++) {
				if (!base.get(i).equals(flipped.get(i))) {
					changed++;
				}
			}
			assertThat(changed).as("bit %d", bit).isEqualTo(1);
		}
	}

	@Test
	void twoSimhashesWithinTheDistanceAlwaysShareABandKey() {
		Random random = new Random(42);
		for (int distance = 0; distance <= 6; distance++) {
			SimhashBands bands = new SimhashBands(distance + 1);
			for (int trial = 0; trial < 2000; trial++) {
				long a = random.nextLong();
				long b = a;
				Set<Integer> bits = new HashSet<>();
				while (bits.size() < distance) {
					bits.add(random.nextInt(64));
				}
				for (int bit : bits) {
					b ^= 1L << bit;
				}
				Set<String> shared = new HashSet<>(bands.keys(a));
				shared.retainAll(bands.keys(b));
				assertThat(shared).as("distance %d", distance).isNotEmpty();
			}
		}
	}

	@Test
	void judgesAPairInItsLowestSharedBandOnly() {
		SimhashBands bands = new SimhashBands(4);
		long a = 0x1111_2222_3333_4444L;
		assertThat(bands.firstSharedBand(a, a)).isZero();
		assertThat(bands.firstSharedBand(a, a ^ 0x1L)).isEqualTo(1);
		assertThat(bands.firstSharedBand(a, a ^ 0x1_0001L)).isEqualTo(2);
		assertThat(bands.firstSharedBand(a, a ^ 0x1_0001_0001_0001L)).isEqualTo(-1);
		IndexedSimhash near = new IndexedSimhash("b", a ^ 0x1L, 1);
		assertThat(FingerprintIndex.matchNear(java.util.List.of(near), "a", a, 3, bands, 0)).isNull();
		assertThat(FingerprintIndex.matchNear(java.util.List.of(near), "a", a, 3, bands, 1)).isNotNull();
	}

	@Test
	void keysOfDifferentConfigurationsNeverMeet() {
		assertThat(new SimhashBands(4).keys(7L)).doesNotContainAnyElementsOf(new SimhashBands(5).keys(7L));
	}

	@Test
	void rejectsACountOutsideOneToSixteen() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SimhashBands(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new SimhashBands(17));
	}

}
