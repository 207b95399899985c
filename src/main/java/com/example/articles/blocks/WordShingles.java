package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hashed word 2-gram shingles of a text, as a sorted array without repeats. Words are
 * runs of letters, marks and digits of the {@link TextKey#fold folded} text; in scripts
 * written without spaces (Han, kana, Thai and the like) every character is a word. A text
 * of one word has one shingle, that word. Linear in the text's length.
 */
public final class WordShingles {

	/**
	 * Word pairs, not triples: an editor's cut in a pull quote ("nobody [at the
	 * department] had checked") breaks one pair but two triples.
	 */
	static final int SIZE = 2;

	/** The factor of the first word's hash in a pair's. */
	static final long PAIR_FACTOR = 0x9E3779B97F4A7C15L;

	private WordShingles() {
	}

	/** Sorted, as {@link #containment} needs them. */
	public static long[] of(String text) {
		long[] shingles = FoldedText.of(text).shingles();
		Arrays.sort(shingles);
		return shingles;
	}

	/** The shingles of words as {@link #words} splits them. */
	static long[] of(List<String> words) {
		long[] wordHashes = new long[words.size()];
		for (int i = 0; i < wordHashes.length; i++) {
			wordHashes[i] = words.get(i).hashCode();
		}
		return ofWordHashes(wordHashes, wordHashes.length);
	}

	/**
	 * The shingles of the first {@code count} words, given by their
	 * {@link String#hashCode} (the array is overwritten), sorted: the definition that
	 * {@link ShingleBuilder} follows word by word.
	 */
	static long[] ofWordHashes(long[] wordHashes, int count) {
		if (count == 0) {
			return new long[0];
		}
		for (int i = 0; i < count; i++) {
			wordHashes[i] = mix(wordHashes[i]);
		}
		int shingleCount = Math.max(1, count - SIZE + 1);
		long[] shingles = new long[shingleCount];
		for (int i = 0; i < shingleCount; i++) {
			long hash = 0;
			for (int j = i; j < Math.min(i + SIZE, count); j++) {
				hash = hash * PAIR_FACTOR + wordHashes[j];
			}
			shingles[i] = mix(hash);
		}
		Arrays.sort(shingles);
		return distinct(shingles);
	}

	/**
	 * Share of {@code part}'s shingles that {@code whole} also has: 1 when {@code part}
	 * is a copy of a piece of {@code whole}. Both arrays as returned by {@link #of}.
	 */
	public static double containment(long[] part, long[] whole) {
		if (part.length == 0) {
			return 0;
		}
		return (double) shared(part, whole) / part.length;
	}

	static int shared(long[] a, long[] b) {
		int i = 0;
		int j = 0;
		int shared = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return shared;
	}

	static List<String> words(String text) {
		String folded = TextKey.fold(text);
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < folded.length();) {
			int cp = folded.codePointAt(i);
			i += Character.charCount(cp);
			if (isUnspacedScript(cp)) {
				flush(word, words);
				words.add(new String(Character.toChars(cp)));
			}
			else if (TextKey.isWordChar(cp)) {
				word.appendCodePoint(cp);
			}
			else {
				flush(word, words);
			}
		}
		flush(word, words);
		return words;
	}

	static boolean isUnspacedScript(int cp) {
		if (cp < 0x0E00) {
			// Below Thai every script separates its words with spaces.
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return switch (script) {
			case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> Character.isLetter(cp);
			default -> false;
		};
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (!word.isEmpty()) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	private static long[] distinct(long[] sorted) {
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, n);
	}

	/** The SplitMix64 finalizer: spreads String.hashCode's 32 bits over 64. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
