package com.example.articles.dedupe;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Splits a 64-bit simhash into {@code count} bands of consecutive bits. Two simhashes at
 * Hamming distance {@code d < count} differ in at most {@code d} bands, so they share at
 * least one band exactly (pigeonhole): looking up every band of a simhash finds every
 * stored simhash within distance {@code count - 1}, and only exact band keys are needed,
 * so the index can be partitioned by band key.
 */
public record SimhashBands(int count) {

	public SimhashBands {
		if (count < 1 || count > 16) {
			throw new IllegalArgumentException("count must be between 1 and 16, not " + count);
		}
	}

	/**
	 * The band keys of a simhash, e.g. {@code 4/1:3fa2} for the second of four bands:
	 * band count, band index, bits of the band in hex. The count is part of the key so
	 * that keys written under another configuration never match.
	 */
	public List<String> keys(long simhash) {
		List<String> keys = new ArrayList<>(this.count);
		int start = 0;
		for (int band = 0; band < this.count; band++) {
			int width = width(band);
			long bits = width == 64 ? simhash : (simhash >>> start) & ((1L << width) - 1);
			keys.add(String.format(Locale.ROOT, "%d/%d:%s", this.count, band,
					HexFormat.of().toHexDigits(bits).substring(16 - (width + 3) / 4)));
			start += width;
		}
		return keys;
	}

	/**
	 * The lowest band in which two simhashes are equal, or -1. Two near copies usually
	 * share several bands, and each band's bucket may see them in another order; only the
	 * bucket of their lowest shared band judges the pair, so that exactly one of them,
	 * the one that reached that bucket second, is the copy.
	 */
	public int firstSharedBand(long a, long b) {
		int start = 0;
		for (int band = 0; band < this.count; band++) {
			int width = width(band);
			long mask = (width == 64) ? -1L : ((1L << width) - 1) << start;
			if ((a & mask) == (b & mask)) {
				return band;
			}
			start += width;
		}
		return -1;
	}

	private int width(int band) {
		// 64 bits as evenly as possible: the first (64 % count) bands get one bit more.
		return 64 / this.count + (band < 64 % this.count ? 1 : 0);
	}

}
