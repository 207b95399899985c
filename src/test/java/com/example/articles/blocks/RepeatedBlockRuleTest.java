package com.example.articles.blocks;

import java.util.List;

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

}
