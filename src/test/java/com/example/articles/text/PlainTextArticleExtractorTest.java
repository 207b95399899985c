package com.example.articles.text;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextArticleExtractorTest {

	private final PlainTextArticleExtractor extractor = new PlainTextArticleExtractor();

	@Test
	void takesTheHeadlineAndDropsItsCopyRightAfter() {
		ExtractedArticle article = this.extractor
			.extract("Talks stall in Doha\n\nTalks  stall in Doha\n\nThe talks ended on Friday.\n\nNo date was set.");
		assertThat(article.metadata().title()).isEqualTo("Talks stall in Doha");
		assertThat(article.blocks()).extracting(Block::text)
			.containsExactly("The talks ended on Friday.", "No date was set.");
		assertThat(article.removed()).containsExactly(new RemovedBlock("repeated-title", "Talks stall in Doha"));
	}

	@Test
	void joinsTheLinesOfABlock() {
		ExtractedArticle article = this.extractor.extract("The talks ended\non Friday.\r\n \r\nNo date was set.");
		assertThat(article.metadata().title()).isNull();
		assertThat(article.blocks()).extracting(Block::text)
			.containsExactly("The talks ended on Friday.", "No date was set.");
	}

	@Test
	void turnsCaptionBlocksIntoImagesOnce() {
		ExtractedArticle article = this.extractor.extract("""
				Talks stall in Doha

				The talks ended on Friday.

				Photo: Delegates leave the hotel (Getty Images)

				Photo:  Delegates leave the hotel (Getty Images)

				No date was set for the next round.

				The harbour at dawn. Photograph: Jane Doe/AP
				""");
		assertThat(article.blocks()).extracting(Block::text)
			.containsExactly("The talks ended on Friday.", "No date was set for the next round.");
		assertThat(article.images()).containsExactly(
				new ArticleImage(null, null, "Delegates leave the hotel", "Getty Images"),
				new ArticleImage(null, null, "The harbour at dawn.", "Jane Doe/AP"));
		assertThat(article.removed()).extracting(RemovedBlock::reason)
			.containsExactly("caption", "duplicate-caption", "caption");
	}

	@Test
	void keepsOnlyTheDescriptionOfACaptionThatGluesAPullQuote() {
		ExtractedArticle article = this.extractor.extract("""
				We must try to salvage what we can. Pictured: Fighters in the palace

				But as unpopular as it may be, we must try to salvage what we can from the disaster.

				The rest of the story follows here.
				""");
		assertThat(article.blocks()).extracting(Block::text)
			.containsExactly("But as unpopular as it may be, we must try to salvage what we can from the disaster.",
					"The rest of the story follows here.");
		assertThat(article.images()).extracting(ArticleImage::caption).containsExactly("Fighters in the palace");
		assertThat(article.removed()).extracting(RemovedBlock::reason).containsExactly("duplicate-caption");
	}

	@Test
	void treatsAGluedCopyOfTheHeadlineAsAPullQuote() {
		ExtractedArticle article = this.extractor.extract("""
				Deals with the Taliban may be our only hope

				The retreat is almost over, the humiliation complete.

				Deals with the Taliban may be our only hope. Pictured: Fighters in the palace
				""");
		assertThat(article.images()).extracting(ArticleImage::caption).containsExactly("Fighters in the palace");
		assertThat(article.removed()).extracting(RemovedBlock::reason).containsExactly("duplicate-caption");
	}

	@Test
	void keepsTheWholeGluedCaptionWhenItsLeadQuotesNothing() {
		ExtractedArticle article = this.extractor.extract("""
				The talks ended on Friday.

				Smith, 45, was jailed for three years. Pictured: Smith outside court
				""");
		assertThat(article.images()).extracting(ArticleImage::caption)
			.containsExactly("Smith, 45, was jailed for three years. Pictured: Smith outside court");
		assertThat(article.removed()).extracting(RemovedBlock::reason).containsExactly("caption");
	}

	@Test
	void takesAShortLineThatIsPrintedAgainForACaption() {
		ExtractedArticle article = this.extractor.extract("""
				The talks ended on Friday.

				Delegates leave the hotel in Doha on Friday evening

				Delegates leave the  hotel in Doha on Friday evening

				No date was set for the next round.

				No date was set for the next round.

				Next steps

				Next steps
				""");
		assertThat(article.images()).extracting(ArticleImage::caption)
			.containsExactly("Delegates leave the hotel in Doha on Friday evening");
		assertThat(article.blocks()).extracting(Block::text)
			.containsExactly("The talks ended on Friday.", "No date was set for the next round.",
					"No date was set for the next round.", "Next steps", "Next steps");
		assertThat(article.removed()).extracting(RemovedBlock::reason).containsExactly("caption", "duplicate-caption");
	}

	@Test
	void attachesACreditLineToTheImageBeforeIt() {
		ExtractedArticle article = this.extractor
			.extract("The talks ended on Friday.\n\nPictured: The hotel lobby\n\nCredit: Reuters\n\nMore text.");
		assertThat(article.images()).containsExactly(new ArticleImage(null, null, "The hotel lobby", "Reuters"));
	}

	@Test
	void dropsBoilerplateAndReadsTheByline() {
		ExtractedArticle article = this.extractor.extract("""
				Talks stall in Doha

				By JANE DOE and JOHN SMITH FOR MAILONLINE

				The talks ended on Friday.

				Advertisement

				Share this article
				Read more: Why the talks failed

				No date was set.
				Read more: Earlier talks

				Jane Doe is our Gulf correspondent.

				.
				""");
		assertThat(article.metadata().authors()).containsExactly("JANE DOE", "JOHN SMITH");
		assertThat(article.blocks()).extracting(Block::text)
			.containsExactly("The talks ended on Friday.", "No date was set.", "Jane Doe is our Gulf correspondent.");
		assertThat(article.removed()).extracting(RemovedBlock::reason).hasSize(6).containsOnly("boilerplate");
	}

	@Test
	void readsTheSameUnderATurkishDefaultLocale() {
		String text = "TITLE IN CAPITALS\n\nTitle in capitals\n\nPICTURED: A bridge in Istanbul\n\nThe bridge opened.";
		ExtractedArticle expected = this.extractor.extract(text);
		Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			ExtractedArticle turkish = this.extractor.extract(text);
			assertThat(turkish).isEqualTo(expected);
			assertThat(turkish.removed()).extracting(RemovedBlock::reason).containsExactly("repeated-title", "caption");
		}
		finally {
			Locale.setDefault(saved);
		}
	}

	@Test
	void readsBylinesOnlyAtTheStartOfABlock() {
		ExtractedArticle article = this.extractor.extract(
				"The pictures were supplied\nby Reuters and AFP\nto the paper on Monday.\n\nMore text follows here.");
		assertThat(article.metadata().authors()).isEmpty();
		assertThat(article.blocks()).extracting(Block::text)
			.containsExactly("The pictures were supplied by Reuters and AFP to the paper on Monday.",
					"More text follows here.");
	}

	@Test
	void keepsAShortArticleWhole() {
		ExtractedArticle article = this.extractor.extract("Talks stall in Doha");
		assertThat(article.metadata().title()).isNull();
		assertThat(article.blocks()).extracting(Block::text).containsExactly("Talks stall in Doha");
	}

	@Test
	void findsNothingInBlankText() {
		ExtractedArticle article = this.extractor.extract("\n \u00a0\n");
		assertThat(article.blocks()).isEmpty();
		assertThat(article.metadata().title()).isNull();
	}

}
