package com.example.articles.blocks;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.Block;
import com.example.articles.extract.BlockKind;
import com.example.articles.extract.ExtractedArticle;

import static com.example.articles.blocks.Articles.apply;
import static com.example.articles.blocks.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

class StandalonePullQuoteRuleTest {

	private static final String PARAGRAPH = "But as unpopular as it may be in the traumatic aftermath of the debacle in the West, we must try to salvage what we can from the disaster. Diplomacy is the only tool left.";

	private static final String QUOTE = "‘As unpopular as it may be in the traumatic aftermath of the debacle in the West, we must try to salvage what we can’";

	private final StandalonePullQuoteRule rule = new StandalonePullQuoteRule();

	@Test
	void removesThePullQuoteAndKeepsTheParagraphEvenWhenTheQuoteComesFirst() {
		ExtractedArticle result = apply(this.rule, Articles.of("Intro here, long enough to count.", QUOTE, PARAGRAPH));
		assertThat(texts(result)).containsExactly("Intro here, long enough to count.", PARAGRAPH);
		assertThat(result.removed()).containsExactly(new RemovedBlock("duplicate-block", QUOTE));
	}

	@Test
	void keepsTwoParagraphsThatShareOneSentence() {
		String shared = "The minister said the plan would be published next week.";
		ExtractedArticle article = Articles.of(
				shared + " Critics called it too little, too late, and demanded a vote in parliament.",
				"Business groups welcomed the delay. " + shared);
		assertThat(texts(apply(this.rule, article))).hasSize(2);
	}

	@Test
	void keepsAShortPhraseThatAParagraphContains() {
		ExtractedArticle article = Articles.of("Advertisement",
				"The advertisement ran for a week before the regulator ordered it pulled.", "Read the full report");
		assertThat(texts(apply(this.rule, article))).hasSize(3);
	}

	@Test
	void keepsShortLinesThatDifferInOneWord() {
		ExtractedArticle article = Articles.of("Outside 2 Willow Lane, walking Vincent and Jas home.",
				"Leaves for 2 Willow Lane, walking Vincent and Jas home. Pauses there.");
		assertThat(texts(apply(this.rule, article))).hasSize(2);
	}

	@Test
	void keepsAHeadingThatOpensAParagraph() {
		ExtractedArticle article = new ExtractedArticle(Articles.of().metadata(), List.of(
				new Block(BlockKind.HEADING, "2. Do not throw yourself in at the deep end on the first day", ""),
				Block.paragraph("Do not throw yourself in at the deep end on the first day. Visibility is a "
						+ "spectrum: move along it step by step and your confidence will grow.")),
				List.of(), List.of());
		assertThat(texts(apply(this.rule, article))).hasSize(2);
	}

	@Test
	void keepsANumberedLeadInThatOpensTheNextParagraph() {
		ExtractedArticle article = Articles.of("Some intro text that says what the list is about.",
				"2. Do not throw yourself in at the deep end on the first day",
				"Do not throw yourself in at the deep end on the first day. Visibility is a "
						+ "spectrum: move along it step by step and your confidence will grow.");
		assertThat(texts(apply(this.rule, article))).hasSize(3);
	}

	@Test
	void keepsANumberedStepRestatedInARecap() {
		ExtractedArticle article = Articles.of("1. Start small and recognise that nobody is watching you yet",
				"Some text about the first step.",
				"To sum up: start small and recognise that nobody is watching you yet, then grow.");
		assertThat(texts(apply(this.rule, article))).hasSize(3);
	}

	@Test
	void keepsOneOfTwoNearCopiesOfEqualLength() {
		ExtractedArticle result = apply(this.rule,
				Articles.of("The talks in Doha ended without a deal on Friday evening, officials said.",
						"The talks in Doha ended without a deal on Friday evening, officials told us."));
		assertThat(result.blocks()).hasSize(1);
	}

}
