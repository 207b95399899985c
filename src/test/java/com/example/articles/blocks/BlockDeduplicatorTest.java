package com.example.articles.blocks;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.ExtractedArticle;

import static com.example.articles.blocks.Articles.image;
import static com.example.articles.blocks.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

class BlockDeduplicatorTest {

	private static final String QUOTED = "As unpopular as it may be in the traumatic aftermath of the debacle in the West, we must try to salvage what we can from the disaster.";

	private final BlockDeduplicator deduplicator = new BlockDeduplicator();

	@Test
	void settlesCaptionsBeforePlainRepeats() {
		String glued = QUOTED + " Pictured: Taliban fighters control the palace";
		ExtractedArticle result = this.deduplicator.dedupe(Articles.of("The headline", List.of(), "The headline",
				"But " + QUOTED.substring(0, 1).toLowerCase(Locale.ROOT) + QUOTED.substring(1), glued, glued,
				"We must negotiate with them.", "We must negotiate with them.", "."));
		assertThat(texts(result)).containsExactly(
				"But " + QUOTED.substring(0, 1).toLowerCase(Locale.ROOT) + QUOTED.substring(1),
				"We must negotiate with them.");
		assertThat(result.removed()).extracting(RemovedBlock::reason)
			.containsExactly("repeated-title", "duplicate-caption", "duplicate-caption", "duplicate-block",
					"boilerplate");
		assertThat(result.images()).containsExactly(image("Taliban fighters control the palace"));
	}

	@Test
	void keepsWhatEarlierStagesRemovedFirst() {
		ExtractedArticle article = new ExtractedArticle(Articles.of().metadata(),
				Articles.of("One two three four five.", "One two three four five.").blocks(), List.of(),
				List.of(new RemovedBlock("boilerplate", "Advertisement")));
		assertThat(this.deduplicator.dedupe(article).removed()).containsExactly(
				new RemovedBlock("boilerplate", "Advertisement"),
				new RemovedBlock("duplicate-block", "One two three four five."));
	}

	@Test
	void changesNothingInACleanArticle() {
		ExtractedArticle article = Articles.of("A title", List.of(image("A caption of a photo")),
				"The first paragraph of the story.", "The second paragraph, which says something else.");
		assertThat(this.deduplicator.dedupe(article)).isEqualTo(article);
	}

}
