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

	/** Words per shingle. */
	static final int SHINGLE = 3;

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
		BitCounts counts = new BitCounts();
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
			counts.add(avalanche(hash));
		}
		return counts.majority(shingles);
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
	static final long FNV_OFFSET = 0xcbf29ce484222325L;

	static final long FNV_PRIME = 0x100000001b3L;

	static long avalanche(long hash) {
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return hash;
	}

}
