package com.example.articles.blocks;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.ExtractedArticle;

import static com.example.articles.blocks.Articles.apply;
import static com.example.articles.blocks.Articles.image;
import static com.example.articles.blocks.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

class GluedPullQuoteRuleTest {

	private static final String BODY = "Kabul is already aware of a massive refugee crisis on its borders, especially with Pakistan – a country the Taliban has helped nurture – which this weekend said the West must work with the new Afghan government.";

	private static final String GLUED = "Kabul is already aware of a massive refugee crisis on its borders, particularly with Pakistan, a country the Taliban has helped. Pictured: Members of the British and US military take part in the evacuation";

	private static final String CAPTION = "Members of the British and US military take part in the evacuation";

	private final GluedPullQuoteRule rule = new GluedPullQuoteRule();

	@Test
	void removesAGluedPullQuoteStandingBeforeTheSlightlyDifferentParagraph() {
		ExtractedArticle result = apply(this.rule, Articles.of("Sure, there are horrific dogmas.", GLUED,
				GLUED.replace(". Pictured", ".  Pictured"), BODY));
		assertThat(texts(result)).containsExactly("Sure, there are horrific dogmas.", BODY);
		assertThat(Articles.reasons(result)).containsExactly("duplicate-caption", "duplicate-caption");
		assertThat(result.images()).containsExactly(image(CAPTION));
	}

	@Test
	void cutsTheImageCaptionThatHoldsTheWholeGluedText() {
		ArticleImage photo = new ArticleImage("https://example.com/evacuation.jpg", null, GLUED, "PA");
		ExtractedArticle result = apply(this.rule, Articles.of(null, List.of(photo), BODY, GLUED));
		assertThat(texts(result)).containsExactly(BODY);
		assertThat(result.images()).containsExactly(photo.withCaption(CAPTION));
	}

	@Test
	void cutsAGluedImageCaptionWithNoCopyInTheBody() {
		ArticleImage photo = new ArticleImage("https://example.com/evacuation.jpg", null, GLUED, null);
		ExtractedArticle result = apply(this.rule, Articles.of(null, List.of(photo), BODY));
		assertThat(result.images()).containsExactly(photo.withCaption(CAPTION));
		assertThat(result.removed()).containsExactly(new RemovedBlock("duplicate-caption",
				"Kabul is already aware of a massive refugee crisis on its borders, particularly with Pakistan, a country the Taliban has helped."));
	}

	@Test
	void removesAGluedCaptionWhoseDescriptionAnImageAlreadyHas() {
		ExtractedArticle result = apply(this.rule, Articles.of(null, List.of(image(CAPTION)),
				"Troops left on Monday. Pictured: " + CAPTION, "The airport closed on Tuesday."));
		assertThat(texts(result)).containsExactly("The airport closed on Tuesday.");
		assertThat(result.images()).containsExactly(image(CAPTION));
	}

	@Test
	void keepsAGluedBlockThatQuotesNothingAndMatchesNoImage() {
		ExtractedArticle article = Articles.of("Troops left on Monday. Pictured: the last flight out",
				"The airport closed on Tuesday.");
		assertThat(texts(apply(this.rule, article))).hasSize(2);
	}

}
