package com.example.articles.blocks;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.ExtractedArticle;

import static com.example.articles.blocks.Articles.apply;
import static com.example.articles.blocks.Articles.image;
import static org.assertj.core.api.Assertions.assertThat;

class RepeatedImageRuleTest {

	private final RepeatedImageRule rule = new RepeatedImageRule();

	@Test
	void mergesImagesWithTheSameSrc() {
		ArticleImage first = new ArticleImage("https://example.com/a.jpg", "Alt", null, null);
		ArticleImage copy = new ArticleImage("https://example.com/a.jpg", null, "The palace in Kabul", "AFP");
		ExtractedArticle result = apply(this.rule, Articles.of(null, List.of(first, copy), "Body text here."));
		assertThat(result.images())
			.containsExactly(new ArticleImage("https://example.com/a.jpg", "Alt", "The palace in Kabul", "AFP"));
		assertThat(result.removed()).isEmpty();
	}

	@Test
	void keepsOneImagePerCaptionPrintedInDifferentSpacing() {
		ExtractedArticle result = apply(this.rule,
				Articles.of(null, List.of(image("The palace in Kabul"), image("The  palace in  Kabul"),
						image("Troops at the airport"), image("The palace in Kabul.")), "Body text here."));
		assertThat(result.images()).containsExactly(image("The palace in Kabul"), image("Troops at the airport"));
		assertThat(result.removed()).containsExactly(new RemovedBlock("duplicate-caption", "The  palace in  Kabul"),
				new RemovedBlock("duplicate-caption", "The palace in Kabul."));
	}

	@Test
	void dropsACaptionOnlyImageThatRepeatsARealOne() {
		ArticleImage real = new ArticleImage("https://example.com/a.jpg", null, "The palace in Kabul", null);
		ExtractedArticle result = apply(this.rule,
				Articles.of(null, List.of(image("The palace in Kabul"), real), "Body text here."));
		assertThat(result.images()).containsExactly(real);
	}

}
