package com.example.articles.blocks;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "...", "Advertisement", "Hello,  World! 2021", "THE CAFÉ OPENED, officials said.",
			"cafe\u0301 cre\u0300me", "\uff34\uff41\uff4c\uff49\uff42\uff41\uff4e \uff12\uff10\uff12\uff11",
			"STRASSE Straße \ufb01nal", "Tokyo 東京の天気 2021", "\u0915\u093f\u0924\u093e\u092c \u0915\u0924\u092c",
			"𝐁𝐨𝐥𝐝 math and 𠀋𠀌 (supplementary Han) and 😀 emoji", "Привет, мир! Ελληνικά ΣΟΦΊΑ",
			"ภาษาไทย ไม่มีช่องว่าง", "x",
			"It\u2019s \u201cquoted\u201d \u2014 or \u2018not\u2019\u2026 2\u20133\u00a0pm", "\u2026",
			"Café\u2019s \u2014 Straße", "the the the the", "a b a b a b a b", "plain until the end \u00e9" })
	void agreesWithTheKeyAndTheShinglesOfTheWords(String text) {
		assertAgrees(text, FoldedText.of(text));
	}

	/**
	 * The shingles are built word by word into a table without repeats instead of sorted
	 * and thinned: the same set as the sorted definition, on random text of every kind,
	 * with one builder reused from text to text as a dedupe call does.
	 */
	@Test
	void agreesWithTheDefinitionsOnRandomTextWithABuilderReused() {
		String[] pieces = { "the", "The", "COUNCIL", " ", "  ", ", ", ".", "\n", "\u2019", "\u00a0", "\u2014", "a",
				"caf\u00e9", "\u00c9t\u00e9", "\ufb01ne", "\u5e74", "\u0e01", "42", "\u0663", "x\u0301", "\ud83d\ude00",
				"-", "'s", "\u0130", "\u03a3", "stra\u00dfe", "of the" };
		Random random = new Random(3);
		ShingleBuilder builder = new ShingleBuilder();
		for (int round = 0; round < 3000; round++) {
			boolean plainOnly = round % 2 == 0;
			StringBuilder text = new StringBuilder();
			// Mostly paragraphs, now and then one long enough to grow the table.
			int length = (round % 50 == 0) ? random.nextInt(2000) : random.nextInt(120);
			for (int i = 0; i < length; i++) {
				String piece = pieces[random.nextInt(pieces.length)];
				if (!plainOnly || piece.chars().allMatch((c) -> c < 0x80)) {
					text.append(piece);
				}
			}
			assertAgrees(text.toString(), FoldedText.of(text.toString(), builder));
		}
	}

	private static void assertAgrees(String text, FoldedText folded) {
		assertThat(folded.key()).as(text).isEqualTo(TextKey.of(text));
		assertThat(folded.keyHash()).as(text).isEqualTo(folded.key().hashCode());
		assertThat(folded.wordCount()).as(text).isEqualTo(WordShingles.words(text).size());
		long[] sorted = folded.shingles().clone();
		Arrays.sort(sorted);
		assertThat(sorted).as(text).containsExactly(WordShingles.of(WordShingles.words(text)));
	}

}
