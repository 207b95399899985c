package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.ExtractedArticle;

import static com.example.articles.blocks.Articles.apply;
import static com.example.articles.blocks.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

class RepeatedBlockRuleTest {

	private final RepeatedBlockRule rule = new RepeatedBlockRule();

	@Test
	void removesExactRepeatsAndKeepsTheFirst() {
		ExtractedArticle result = apply(this.rule, Articles.of("First paragraph of the story.",
				"Second paragraph here.", "First paragraph of the story."));
		assertThat(texts(result)).containsExactly("First paragraph of the story.", "Second paragraph here.");
		assertThat(result.removed())
			.containsExactly(new RemovedBlock("duplicate-block", "First paragraph of the story."));
	}

	@Test
	void removesRepeatsThatDifferInWhitespacePunctuationCaseOrUnicodeForm() {
		ExtractedArticle result = apply(this.rule, Articles.of("The caf\u00e9 opened on Monday, officials said.",
				"THE CAFE\u0301 OPENED ON MONDAY officials said", "The  café opened on Monday – officials said!",
				"\uff34\uff48\uff45 caf\u00e9 opened on Monday, officials said."));
		assertThat(texts(result)).containsExactly("The caf\u00e9 opened on Monday, officials said.");
		assertThat(Articles.reasons(result)).containsExactly("duplicate-block", "duplicate-block", "duplicate-block");
	}

	@Test
	void keepsShortRepeatedPhrases() {
		ExtractedArticle article = Articles.of("Did you know?", "Yes.", "Were you there?", "Yes.");
		assertThat(texts(apply(this.rule, article))).containsExactly("Did you know?", "Yes.", "Were you there?",
				"Yes.");
	}

	@Test
	void keepsReadingOrder() {
		ExtractedArticle result = apply(this.rule, Articles.of("One two three four five.", "Six seven eight nine ten.",
				"one two three four five", "Eleven twelve thirteen fourteen fifteen.", "six seven eight nine ten"));
		assertThat(texts(result)).containsExactly("One two three four five.", "Six seven eight nine ten.",
				"Eleven twelve thirteen fourteen fifteen.");
		assertThat(result.removed()).extracting(RemovedBlock::text)
			.isEqualTo(List.of("one two three four five", "six seven eight nine ten"));
	}

	@Test
	void keepsBlocksWhoseKeysOnlyShareTheirHash() {
		// The keys "aan..." and "ac0..." have the same String.hashCode.
		assertThat("aan".hashCode()).isEqualTo("ac0".hashCode());
		ExtractedArticle article = Articles.of("Aan one two three four.", "AC0 one two three four.",
				"aan one two three four", "Ac0, one two three four!");
		ExtractedArticle result = apply(this.rule, article);
		assertThat(texts(result)).containsExactly("Aan one two three four.", "AC0 one two three four.");
		assertThat(result.removed()).extracting(RemovedBlock::text)
			.containsExactly("aan one two three four", "Ac0, one two three four!");
	}

	@Test
	void removesWhatASetOfTheKeysRemovesOnRandomArticles() {
		String[] words = { "aan", "ac0", "one", "two", "Three", "four", "caf\u00e9", "CAFE\u0301", "x" };
		Random random = new Random(43);
		int removed = 0;
		for (int round = 0; round < 500; round++) {
			String[] blocks = new String[random.nextInt(40)];
			for (int b = 0; b < blocks.length; b++) {
				if (b > 0 && random.nextInt(3) == 0) {
					// A copy of an earlier block: the same key, or one of the same hash.
					String earlier = blocks[random.nextInt(b)];
					blocks[b] = random.nextBoolean() ? earlier.toUpperCase(Locale.ROOT).replace(",", "")
							: earlier.replace("aan", "ac0");
					continue;
				}
				StringBuilder block = new StringBuilder();
				for (int w = 3 + random.nextInt(4); w > 0; w--) {
					block.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
				}
				blocks[b] = block.toString();
			}
			ExtractedArticle article = Articles.of(blocks);
			List<String> expected = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (String block : blocks) {
				if (WordShingles.words(block).size() < 5 || seen.add(TextKey.of(block))) {
					expected.add(block);
				}
			}
			assertThat(texts(apply(this.rule, article))).as("%s", List.of(blocks)).isEqualTo(expected);
			removed += blocks.length - expected.size();
		}
		assertThat(removed).isGreaterThan(500);
	}

}
