package com.example.articles.fingerprint;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintsTest {

	@Test
	void theContentHashIgnoresMarkupWhitespacePunctuationAndCase() {
		assertThat(Fingerprints.contentHash(Fingerprints.words("Hello,   World! It's  here.")))
			.isEqualTo(Fingerprints.contentHash(Fingerprints.words("hello world it s here")));
	}

	@Test
	void theContentHashChangesWithTheWords() {
		assertThat(Fingerprints.contentHash(Fingerprints.words("the cat sat")))
			.isNotEqualTo(Fingerprints.contentHash(Fingerprints.words("the cat stood")));
	}

	@Test
	void wordsAreUnicodeFoldedTheSameInEveryLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr"));
			// NFD "é" and fullwidth letters fold to the NFC/ASCII forms; "I" lower-cases
			// to "i", not dotless.
			assertThat(Fingerprints.words("CAFE\u0301 ＩＮＤＩＡ Łódź")).containsExactly("café", "india", "łódź");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void theArticleIdIsStableAndHex() {
		String id = Fingerprints.articleId("https://example.com/a");
		assertThat(id).matches("[0-9a-f]{32}").isEqualTo(Fingerprints.articleId("https://example.com/a"));
		assertThat(id).isNotEqualTo(Fingerprints.articleId("https://example.com/b"));
	}

}
