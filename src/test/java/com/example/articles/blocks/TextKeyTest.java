package com.example.articles.blocks;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextKeyTest {

	@Test
	void ignoresWhitespacePunctuationAndCase() {
		assertThat(TextKey.of("Hello,  World!")).isEqualTo(TextKey.of("hello world")).isEqualTo("helloworld");
	}

	@Test
	void treatsComposedAndDecomposedFormsAlike() {
		String nfc = "caf\u00e9 cr\u00e8me";
		String nfd = "cafe\u0301 cre\u0300me";
		assertThat(TextKey.of(nfc)).isEqualTo(TextKey.of(nfd));
	}

	@Test
	void foldsFullwidthAndCompatibilityCharacters() {
		assertThat(TextKey.of("\uff34\uff41\uff4c\uff49\uff42\uff41\uff4e \uff12\uff10\uff12\uff11"))
			.isEqualTo(TextKey.of("Taliban 2021"));
		assertThat(TextKey.of("\ufb01nal")).isEqualTo(TextKey.of("final"));
	}

	@Test
	void foldsCaseFully() {
		assertThat(TextKey.of("STRASSE")).isEqualTo(TextKey.of("Stra\u00dfe"));
	}

	@Test
	void keepsMarksThatAreVowels() {
		// Hindi: the vowel sign makes a different word, so the keys differ.
		assertThat(TextKey.of("\u0915\u093f\u0924\u093e\u092c")).isNotEqualTo(TextKey.of("\u0915\u0924\u092c"));
	}

	@Test
	void isTheSameUnderATurkishDefaultLocale() {
		String expected = TextKey.of("TITLE IN CAPITALS");
		Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			assertThat(TextKey.of("TITLE IN CAPITALS")).isEqualTo(expected).isEqualTo(TextKey.of("title in capitals"));
		}
		finally {
			Locale.setDefault(saved);
		}
	}

	@Test
	void isEmptyForPunctuationOnly() {
		assertThat(TextKey.of(" . – * * * ")).isEmpty();
	}

	@Test
	void plainTextTakesTheShortCutToTheSameKey() {
		String[] pieces = { "The", "COUNCIL", "x", "42", " ", ", ", ".", "'", "\n", "\u2019", "\u201c", "\u201d",
				"\u2018", "\u00a0", "\u2013", "\u2014", "\u2026", "caf\u00e9", "\u0130", "\uff21", "\u00bd" };
		Random random = new Random(41);
		for (int round = 0; round < 5000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				// Mostly plain; the last four pieces are not.
				text.append(pieces[random.nextInt(pieces.length - ((round % 4 == 0) ? 0 : 4))]);
			}
			assertThat(TextKey.of(text.toString())).as(text.toString()).isEqualTo(TextKey.ofFolded(text.toString()));
		}
	}

}
