package com.example.articles.fingerprint;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-scan fingerprint gives the values of the word-list methods it replaces. */
class BodyFingerprintTest {

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "one", "two words", "three words here", "Hello,   World! It's  here.",
			"It\u2019s \u201cdone\u201d \u2013 at 2:30\u00a0pm\u2026 OK",
			"CAFE\u0301 \uff29\uff2e\uff24\uff29\uff21 \u0141\u00f3d\u017a",
			"Stra\u00dfe \u0130stanbul \u03a3\u039f\u03a6\u039f\u03a3",
			"\u6771\u4eac\u90fd \u3068\u3046\u304d\u3087\u3046 \u0e20\u0e32\u0e29\u0e32",
			"emoji \ud83d\ude00 \ud835\udc00\ud835\udc01 math letters", "lone \ud800 surrogate",
			"\u2460 \u00bd x\u00b2", "line one\nline two\n\nline three" })
	void matchesTheWordListMethods(String text) {
		assertMatches(text);
	}

	@Test
	void matchesTheWordListMethodsOnRandomText() {
		String[] pieces = { "the", "The", "COUNCIL", " ", "  ", ", ", ".", "\n", "\u2019", "\u00a0", "\u2014",
				"caf\u00e9", "\u00c9t\u00e9", "\ufb01ne", "\u5e74", "\u0e01", "42", "\u0663", "x\u0301", "\ud83d\ude00",
				"-", "'s" };
		Random random = new Random(7);
		for (int round = 0; round < 2000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(60);
			for (int i = 0; i < length; i++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			assertMatches(text.toString());
		}
	}

	@Test
	void matchesTheWordListMethodsOnLongRandomText() {
		// Long enough for hundreds of shingles; a plain body, the same with one char
		// that is not plain at its end (the plain scan gives up late), and a mixed one.
		String[] plain = { "the", "The", "COUNCIL", " ", ", ", ".", "\n", "\u2019", "\u00a0", "\u2014", "42", "-", "'s",
				"a", "I" };
		String[] notPlain = { "caf\u00e9", "\u5e74", "\u0663", "\ud83d\ude00", "\u00c9t\u00e9" };
		Random random = new Random(13);
		for (int round = 0; round < 60; round++) {
			StringBuilder text = new StringBuilder();
			int length = 200 + random.nextInt(3000);
			for (int i = 0; i < length; i++) {
				boolean mixed = round % 3 == 2 && random.nextInt(20) == 0;
				String[] pieces = mixed ? notPlain : plain;
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			if (round % 3 == 1) {
				text.append(notPlain[random.nextInt(notPlain.length)]);
			}
			assertMatches(text.toString());
		}
	}

	@Test
	void matchesTheWordListMethodsOnTextWhoseWordBytesOutgrowItsChars() {
		// Three UTF-8 bytes per Han char, four per pair of surrogates, few separators.
		assertMatches("\u6771\u4eac\u90fd".repeat(400));
		assertMatches("\ud835\udc00\ud835\udc01 ".repeat(300) + "\u00e9t\u00e9".repeat(200));
	}

	private static void assertMatches(String text) {
		List<String> words = Fingerprints.words(text);
		BodyFingerprint fingerprint = BodyFingerprint.of(text);
		assertThat(fingerprint.wordCount()).as(text).isEqualTo(words.size());
		assertThat(fingerprint.contentHash()).as(text).isEqualTo(Fingerprints.contentHash(words));
		assertThat(fingerprint.simhash()).as(text).isEqualTo(SimHash.of(words));
	}

}
