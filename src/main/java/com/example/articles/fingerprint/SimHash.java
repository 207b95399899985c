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
		int[] weights = new int[64];
		int shingles = Math.max(1, words.size() - SHINGLE + 1);
		StringBuilder shingle = new StringBuilder();
		for (int i = 0; i < shingles; i++) {
			shingle.setLength(0);
			for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
				shingle.append(words.get(j)).append(' ');
			}
			long hash = fnv1a64(shingle);
			for (int bit = 0; bit < 64; bit++) {
				weights[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
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
	private static long fnv1a64(CharSequence text) {
		long hash = 0xcbf29ce484222325L;
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		for (byte b : bytes) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return hash;
	}

}
