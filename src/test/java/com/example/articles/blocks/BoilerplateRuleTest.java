package com.example.articles.blocks;

import org.junit.jupiter.api.Test;

import com.example.articles.extract.ExtractedArticle;

import static com.example.articles.blocks.Articles.apply;
import static com.example.articles.blocks.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateRuleTest {

	private final BoilerplateRule rule = new BoilerplateRule();

	@Test
	void removesAdLabelsShareBarsReadMoreLinksAndStrayPunctuation() {
		ExtractedArticle result = apply(this.rule,
				Articles.of("The story starts here.", "Advertisement", "ADVERTISEMENT", "Share this article",
						"Read more: Why the Taliban won", "READ MORE: Other news", ".", "* * *",
						"The story ends here."));
		assertThat(texts(result)).containsExactly("The story starts here.", "The story ends here.");
		assertThat(Articles.reasons(result)).hasSize(7).containsOnly("boilerplate");
	}

	@Test
	void keepsParagraphsThatMentionTheWords() {
		ExtractedArticle article = Articles.of("The advertisement ran for a week before it was pulled.",
				"Read more about the plan in the minister's letter, she said.", "Share prices fell 3%.");
		assertThat(texts(apply(this.rule, article))).hasSize(3);
	}

}
