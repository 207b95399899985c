package com.example.articles.blocks;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.ArticleMetadata;
import com.example.articles.extract.Block;
import com.example.articles.extract.BlockKind;
import com.example.articles.extract.ExtractedArticle;

import static com.example.articles.blocks.Articles.apply;
import static com.example.articles.blocks.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

class RepeatedTitleRuleTest {

	private final RepeatedTitleRule rule = new RepeatedTitleRule();

	@Test
	void removesTheHeadlinePrintedInTheBody() {
		ExtractedArticle result = apply(this.rule,
				Articles.of("Deals with the Taliban may be our only hope", List.of(),
						"DEALS WITH THE TALIBAN MAY BE OUR ONLY HOPE", "The retreat is almost over.",
						"Deals with the Taliban may be our only hope."));
		assertThat(texts(result)).containsExactly("The retreat is almost over.");
		assertThat(result.removed()).extracting(RemovedBlock::reason).containsOnly("repeated-title").hasSize(2);
	}

	@Test
	void removesAHeadingThatTheTitleOnlyAddsASiteNameTo() {
		ExtractedArticle article = new ExtractedArticle(
				ArticleMetadata.EMPTY.withTitle("Deals with the Taliban may be our only hope | Daily News"),
				List.of(new Block(BlockKind.HEADING, "Deals with the Taliban may be our only hope", ""),
						Block.paragraph("The retreat is almost over.")),
				List.of(), List.of());
		assertThat(texts(apply(this.rule, article))).containsExactly("The retreat is almost over.");
	}

	@Test
	void keepsParagraphsThatOnlyStartLikeTheTitle() {
		ExtractedArticle article = Articles.of("Deals with the Taliban", List.of(),
				"Deals with the Taliban are not new: the US signed one in Doha in 2020.");
		assertThat(texts(apply(this.rule, article))).hasSize(1);
	}

	@Test
	void doesNothingWithoutATitle() {
		assertThat(texts(apply(this.rule, Articles.of("Some text here.")))).hasSize(1);
	}

}
