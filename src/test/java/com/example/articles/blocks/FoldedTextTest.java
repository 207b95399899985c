package com.example.articles.blocks;

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
			"Café\u2019s \u2014 Straße" })
	void agreesWithTheKeyAndTheShinglesOfTheWords(String text) {
		FoldedText folded = FoldedText.of(text);
		assertThat(folded.key()).isEqualTo(TextKey.of(text));
		assertThat(folded.wordCount()).isEqualTo(WordShingles.words(text).size());
		assertThat(folded.shingles()).containsExactly(WordShingles.of(WordShingles.words(text)));
	}

}
