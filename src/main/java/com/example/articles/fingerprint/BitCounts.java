package com.example.articles.fingerprint;

/**
 * How many of the added 64-bit hashes have each bit set: the counting half of a simhash.
 * Eight bits are counted at once: lane {@code j} holds, in each of its eight bytes, the
 * count of one bit ({@code 8 * byte + j}), so adding a hash is eight shifts, masks and
 * adds without a branch; the bytes are moved to full counters before they can overflow.
 * One instance per simhash, never shared.
 */
final class BitCounts {

	private static final long LOW_BITS = 0x0101010101010101L;

	/** Adds a byte counter can take before it is moved to {@link #totals}. */
	private static final int LANE_CAPACITY = 255;

	private final long[] lanes = new long[8];

	private final int[] totals = new int[64];

	private int pending;

	private int added;

	void add(long hash) {
		long[] lanes = this.lanes;
		lanes[0] += hash & LOW_BITS;
		lanes[1] += (hash >>> 1) & LOW_BITS;
		lanes[2] += (hash >>> 2) & LOW_BITS;
		lanes[3] += (hash >>> 3) & LOW_BITS;
		lanes[4] += (hash >>> 4) & LOW_BITS;
		lanes[5] += (hash >>> 5) & LOW_BITS;
		lanes[6] += (hash >>> 6) & LOW_BITS;
		lanes[7] += (hash >>> 7) & LOW_BITS;
		this.added++;
		if (++this.pending == LANE_CAPACITY) {
			flush();
		}
	}

	/** The number of hashes added so far. */
	int added() {
		return this.added;
	}

	/** The number of added hashes that have bit {@code bit} set. */
	int count(int bit) {
		flush();
		return this.totals[bit];
	}

	/** The bits that more than half of {@code of} hashes have set. */
	long majority(int of) {
		flush();
		long majority = 0L;
		for (int bit = 0; bit < 64; bit++) {
			if (2L * this.totals[bit] > of) {
				majority |= 1L << bit;
			}
		}
		return majority;
	}

	private void flush() {
		if (this.pending == 0) {
			return;
		}
		for (int lane = 0; lane < 8; lane++) {
			long counts = this.lanes[lane];
			for (int b = 0; b < 8; b++) {
				this.totals[8 * b + lane] += (int) ((counts >>> (8 * b)) & 0xff);
			}
			this.lanes[lane] = 0L;
		}
		this.pending = 0;
	}

}
