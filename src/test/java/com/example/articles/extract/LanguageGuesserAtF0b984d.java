package com.example.articles.extract;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * LanguageGuesser as it was at main f0b984d (before its speed work), the reference of the
 * differential tests; not to be changed. Guesses the language of a text when the page
 * declares none: by script for non-Latin text (Hangul, Kana, Han, Cyrillic, Greek,
 * Arabic, Hebrew, Thai, Devanagari), by the frequency of very common function words for
 * the main Latin-script European languages.
 *
 * <p>
 * Hand-written on purpose: the detection libraries on Maven Central are unmaintained and
 * slow to load (profiles of tens of MB), while a page that declares no language only
 * needs its dominant language. One pass over at most {@link #MAX_CHARS} characters;
 * thread-safe (immutable tables).
 */
final class LanguageGuesserAtF0b984d {

	static final int MAX_CHARS = 4000;

	/** Too few letters or function words to say anything. */
	private static final int MIN_LETTERS = 40;

	private static final int MIN_HITS = 3;

	private static final Map<String, String[]> STOPWORDS = Map.of(
			"en", new String[] { "the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "on", "are",
					"as", "this", "be", "by", "have", "from", "at", "he", "she", "they", "has", "not", "but", "said" },
			"de",
			new String[] { "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "sich", "auf",
					"für", "dem", "von", "zu", "auch", "es", "im", "wird", "sind" },
			"fr",
			new String[] { "le", "la", "les", "et", "est", "des", "une", "du", "dans", "que", "pour", "qui", "sur",
					"pas", "au", "avec", "sont", "ce", "il", "elle", "aux" },
			"es",
			new String[] { "el", "los", "las", "y", "es", "del", "que", "en", "por", "una", "con", "para", "se", "su",
					"como", "más", "pero", "fue", "al" },
			"it",
			new String[] { "il", "di", "che", "è", "della", "per", "non", "sono", "gli", "con", "una", "nel", "alla",
					"anche", "del", "le", "lo", "ha", "dei", "questo" },
			"pt",
			new String[] { "o", "os", "e", "do", "da", "que", "não", "em", "uma", "para", "com", "dos", "das", "no",
					"na", "se", "mais", "foi", "ao", "é" },
			"nl",
			new String[] { "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
					"ook", "werd", "naar", "bij", "maar", "hij", "ze" },
			"pl",
			new String[] { "i", "w", "się", "nie", "na", "że", "jest", "do", "to", "z", "jak", "po", "ale", "od", "za",
					"przez", "oraz", "jego", "już", "tym" },
			"sv", new String[] { "och", "att", "det", "som", "är", "en", "på", "för", "med", "av", "inte", "den", "har",
					"till", "var", "om", "ett", "jag", "men", "från" });

	/** word -> languages it belongs to, as a bit set over {@link #CODES}. */
	private static final Map<String, Integer> WORD_LANGUAGES = new HashMap<>();

	private static final String[] CODES = STOPWORDS.keySet().stream().sorted().toArray(String[]::new);

	static {
		for (int i = 0; i < CODES.length; i++) {
			for (String word : STOPWORDS.get(CODES[i])) {
				WORD_LANGUAGES.merge(word, 1 << i, (a, b) -> a | b);
			}
		}
	}

	private LanguageGuesserAtF0b984d() {
	}

	static @Nullable String guess(@Nullable CharSequence text) {
		if (text == null) {
			return null;
		}
		int end = Math.min(text.length(), MAX_CHARS);
		int latin = 0;
		int hangul = 0;
		int kana = 0;
		int han = 0;
		int cyrillic = 0;
		int greek = 0;
		int arabic = 0;
		int hebrew = 0;
		int thai = 0;
		int devanagari = 0;
		int[] hits = new int[CODES.length];
		StringBuilder word = new StringBuilder(16);
		for (int i = 0; i <= end; i++) {
			char c = i < end ? text.charAt(i) : ' ';
			if (Character.isLetter(c)) {
				Character.UnicodeScript script = Character.UnicodeScript.of(c);
				switch (script) {
					case LATIN -> latin++;
					case HANGUL -> hangul++;
					case HIRAGANA, KATAKANA -> kana++;
					case HAN -> han++;
					case CYRILLIC -> cyrillic++;
					case GREEK -> greek++;
					case ARABIC -> arabic++;
					case HEBREW -> hebrew++;
					case THAI -> thai++;
					case DEVANAGARI -> devanagari++;
					default -> {
					}
				}
				if (word.length() < 16) {
					word.append(Character.toLowerCase(c));
				}
				continue;
			}
			if (!word.isEmpty()) {
				Integer languages = WORD_LANGUAGES.get(word.toString());
				if (languages != null) {
					for (int l = 0; l < CODES.length; l++) {
						if ((languages & (1 << l)) != 0) {
							hits[l]++;
						}
					}
				}
				word.setLength(0);
			}
		}
		int letters = latin + hangul + kana + han + cyrillic + greek + arabic + hebrew + thai + devanagari;
		if (letters < MIN_LETTERS) {
			return null;
		}
		if (hangul * 5 > letters) {
			return "ko";
		}
		if (kana * 10 > letters) {
			// Japanese mixes kana with kanji; kana alone never appears in Chinese
			return "ja";
		}
		int nonLatinMax = Math.max(Math.max(han, cyrillic),
				Math.max(Math.max(greek, arabic), Math.max(Math.max(hebrew, thai), devanagari)));
		if (nonLatinMax > latin) {
			if (nonLatinMax == han) {
				return "zh";
			}
			if (nonLatinMax == cyrillic) {
				// Ukrainian-only letters; otherwise Russian, by far the most common
				return containsAny(text, end, "іїєґІЇЄҐ") ? "uk" : "ru";
			}
			if (nonLatinMax == greek) {
				return "el";
			}
			if (nonLatinMax == arabic) {
				return "ar";
			}
			if (nonLatinMax == hebrew) {
				return "he";
			}
			if (nonLatinMax == thai) {
				return "th";
			}
			return "hi";
		}
		int best = -1;
		for (int l = 0; l < CODES.length; l++) {
			if (hits[l] >= MIN_HITS && (best < 0 || hits[l] > hits[best])) {
				best = l;
			}
		}
		return best < 0 ? null : CODES[best];
	}

	private static boolean containsAny(CharSequence text, int end, String chars) {
		for (int i = 0; i < end; i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

}
