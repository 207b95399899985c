package com.example.articles.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.NormalizedArticleEvent;
import com.example.articles.contract.RemovedBlock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance of the seed sample (golden case {@code seed-article}): a text payload
 * that prints its headline twice, each of three captions two or three times with a pull
 * quote glued to it, and a stray "." at the end.
 */
class SeedArticleTest {

	private static final String TITLE = "MARK ALMOND: Making deals with the Taliban may be our only hope moving forward in Afghanistan";

	private static NormalizedArticleEvent event;

	@BeforeAll
	static void normalizeSeed() throws IOException {
		try (InputStream in = SeedArticleTest.class.getResourceAsStream("/golden/seed-article/input.json")) {
			event = new ArticleNormalizer().normalize(in.readAllBytes());
		}
	}

	@Test
	void keepsTheTitleOnceAndOutOfTheBody() {
		assertThat(event.title()).isEqualTo(TITLE);
		assertThat(event.paragraphs()).noneMatch((p) -> p.contains("MARK ALMOND: Making deals"));
	}

	@Test
	void keepsTheSixteenParagraphsAndTheBioInReadingOrder() {
		List<String> openings = List.of("The retreat is almost over", "Many will still find it inconceivable",
				"Given that the Taliban", "But as unpopular as it may be", "We must negotiate with them",
				"Of course, after our humiliating retreat", "Still, there are incentives", "One of the things that led",
				"The drought has left millions", "We also have a common enemy", "Sure, there are horrific",
				"The Taliban are well aware", "Preventing hordes of disaffected",
				"Kabul is already aware of a massive refugee crisis on its borders, especially",
				"The fact is that the West", "Since our diplomats have long dealt",
				"Mark Almond is director of The Crisis Research Institute, Oxford.");
		assertThat(event.paragraphs()).hasSize(17);
		for (int i = 0; i < openings.size(); i++) {
			assertThat(event.paragraphs().get(i)).as("paragraph %d", i + 1).startsWith(openings.get(i));
		}
	}

	@Test
	void keepsTheParagraphThatDiffersSlightlyFromItsPullQuote() {
		assertThat(event.paragraphs()).filteredOn((p) -> p.startsWith("Kabul is already aware"))
			.singleElement()
			.satisfies((p) -> assertThat(p).contains("helped nurture"));
	}

	@Test
	void turnsTheThreeCaptionsIntoImagesOnce() {
		assertThat(event.images()).extracting(ArticleImage::caption)
			.containsExactly("Taliban fighters control the Afghan presidential palace in Kabul",
					"Members of the British and US military take part in the evacuation of people from Kabul",
					"The World Trade Center in the wake of the 9/11 attacks in 2001");
		assertThat(event.images()).allSatisfy((image) -> assertThat(image.src()).isNull());
	}

	@Test
	void leavesNoCaptionTextAndNoStrayPunctuationInTheBody() {
		assertThat(event.paragraphs()).noneMatch((p) -> p.contains("Pictured"));
		assertThat(event.paragraphs()).noneMatch((p) -> p.contains("Taliban fighters control the Afghan"));
		assertThat(event.paragraphs()).doesNotContain(".");
		assertThat(event.text()).doesNotEndWith(".\n.");
	}

	@Test
	void listsEveryDroppedBlockWithItsReason() {
		assertThat(event.removed()).extracting(RemovedBlock::reason)
			.containsExactly("repeated-title", "duplicate-caption", "duplicate-caption", "duplicate-caption",
					"duplicate-caption", "duplicate-caption", "duplicate-caption", "duplicate-caption",
					"duplicate-caption", "boilerplate");
		assertThat(event.removed()).filteredOn((r) -> r.reason().equals("duplicate-caption"))
			.allSatisfy((r) -> assertThat(r.text()).contains("Pictured:"));
		assertThat(event.removed().get(event.removed().size() - 1).text()).isEqualTo(".");
	}

}
