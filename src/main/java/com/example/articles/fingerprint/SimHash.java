package com.example.articles.fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * 64-bit simhash (Charikar) over word 3-gram shingles of the normalized text: documents
 * that differ in a few words are a few bits apart, so a Hamming distance of 3 or less
 * marks a near copy.
 */
public final class SimHash {

	private static final int SHINGLE = 3;

	private SimHash() {
	}

	public static long of(List<String> words) {
		if (words.isEmpty()) {
			return 0L;
		}
		// Each word's UTF-8 bytes once, not once per shingle it is in.
		byte[][] bytes = new byte[words.size()][];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
		}
		long[] planes = new long[PLANES];
		int shingles = Math.max(1, words.size() - SHINGLE + 1);
		for (int i = 0; i < shingles; i++) {
			// The hash of the shingle's words, each followed by a space.
			long hash = FNV_OFFSET;
			for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
				for (byte b : bytes[j]) {
					hash = (hash ^ (b & 0xff)) * FNV_PRIME;
				}
				hash = (hash ^ ' ') * FNV_PRIME;
			}
			count(planes, avalanche(hash));
		}
		return majority(planes, shingles);
	}

	/**
	 * The same as {@link #of(List)} of the words: a shingle's words with a space after
	 * each are a range of the joined bytes (words are one space apart there) and a space.
	 */
	static long of(WordBytes words) {
		int count = words.count();
		if (count == 0) {
			return 0L;
		}
		byte[] bytes = words.bytes();
		long[] planes = new long[PLANES];
		int shingles = Math.max(1, count - SHINGLE + 1);
		for (int i = 0; i < shingles; i++) {
			long hash = FNV_OFFSET;
			int end = words.end(Math.min(count, i + SHINGLE) - 1);
			for (int b = words.start(i); b < end; b++) {
				hash = (hash ^ (bytes[b] & 0xff)) * FNV_PRIME;
			}
			hash = (hash ^ ' ') * FNV_PRIME;
			count(planes, avalanche(hash));
		}
		return majority(planes, shingles);
	}

	// How many shingle hashes have each bit set, counted bit-sliced: planes[k] holds bit
	// k of all 64 counters, and adding a hash is a binary increment with carry, a few
	// operations on average instead of one per bit.
	private static final int PLANES = 32;

	private static void count(long[] planes, long hash) {
		long carry = hash;
		for (int k = 0; carry != 0; k++) {
			long next = planes[k] & carry;
			planes[k] ^= carry;
			carry = next;
		}
	}

	/** A bit is set when more shingles have it than not. */
	private static long majority(long[] planes, int shingles) {
		long simhash = 0L;
		for (int bit = 0; bit < 64; bit++) {
			long ones = 0;
			for (int k = 0; k < planes.length; k++) {
				ones |= ((planes[k] >>> bit) & 1L) << k;
			}
			if (2 * ones > shingles) {
				simhash |= 1L << bit;
			}
		}
		return simhash;
	}

	public static int distance(long a, long b) {
		return Long.bitCount(a ^ b);
	}

	public static String toHex(long simhash) {
		return HexFormat.of().toHexDigits(simhash);
	}

	public static long fromHex(String hex) {
		return Long.parseUnsignedLong(hex, 16);
	}

	// FNV-1a mixed by a final avalanche (from SplitMix64) so that all 64 bits are well
	// spread.
	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private static long avalanche(long hash) {
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return hash;
	}

}
