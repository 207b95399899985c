package com.example.articles.blocks;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.ArticleImage;
import com.example.articles.extract.ExtractedArticle;

import static com.example.articles.blocks.Articles.apply;
import static com.example.articles.blocks.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

class CaptionCopyInBodyRuleTest {

	private final CaptionCopyInBodyRule rule = new CaptionCopyInBodyRule();

	private final ArticleImage palace = new ArticleImage("https://example.com/palace.jpg",
			"Taliban fighters in the presidential palace",
			"Taliban fighters control the Afghan presidential palace in Kabul", "Getty Images");

	@Test
	void removesBodyCopiesOfAnAttachedCaption() {
		ExtractedArticle result = apply(this.rule,
				Articles.of(null, List.of(this.palace), "The retreat is almost over.",
						"Taliban fighters control the Afghan presidential palace in Kabul",
						"Pictured:  Taliban fighters control the Afghan presidential palace in Kabul.",
						"Taliban fighters control the Afghan presidential palace in Kabul (Getty Images)",
						"Taliban fighters in the presidential palace"));
		assertThat(texts(result)).containsExactly("The retreat is almost over.");
		assertThat(Articles.reasons(result)).hasSize(4).containsOnly("duplicate-caption");
		assertThat(result.images()).containsExactly(this.palace);
	}

	@Test
	void removesCopiesWithACopyrightCreditTheImageDoesNotCarry() {
		ArticleImage uncredited = new ArticleImage("https://example.com/c.jpg", null,
				"Lee Park was the crowd favourite at the 1975 final", null);
		ExtractedArticle result = apply(this.rule,
				Articles.of(null, List.of(uncredited),
						"Lee Park was the crowd favourite at the 1975 final. | \u00A9 Augusta Archive/Getty Images",
						"\u00A9 Getty Images Lee Park was the crowd favourite at the 1975 final",
						"Lee Park was the crowd favourite at the 1975 final, and he knew it: he waved to every stand "
								+ "on the way to the last green. \u00A9 Getty Images",
						"Lee Park was the crowd favourite at the 1975 final, the paper wrote the next day."));
		assertThat(texts(result)).containsExactly(
				"Lee Park was the crowd favourite at the 1975 final, and he knew it: he waved to every stand "
						+ "on the way to the last green. \u00A9 Getty Images",
				"Lee Park was the crowd favourite at the 1975 final, the paper wrote the next day.");
		assertThat(Articles.reasons(result)).containsExactly("duplicate-caption", "duplicate-caption");
	}

	@Test
	void matchesACaptionWithOrWithoutItsMarker() {
		ArticleImage marked = new ArticleImage("https://example.com/b.jpg", null, "Pictured: Troops at Kabul airport",
				null);
		ExtractedArticle result = apply(this.rule,
				Articles.of(null, List.of(marked), "Troops at Kabul airport", "Above: Troops at Kabul airport"));
		assertThat(result.blocks()).isEmpty();
	}

	@Test
	void keepsParagraphsThatOnlyContainTheCaptionText() {
		ExtractedArticle article = Articles.of(null, List.of(this.palace),
				"Taliban fighters control the Afghan presidential palace in Kabul, witnesses said on Sunday.");
		assertThat(texts(apply(this.rule, article))).hasSize(1);
	}

	@Test
	void ignoresShortAltLabels() {
		ArticleImage labelled = new ArticleImage("https://example.com/a.jpg", "Boris Johnson", null, null);
		assertThat(texts(apply(this.rule, Articles.of(null, List.of(labelled), "Boris Johnson")))).hasSize(1);
	}

}
