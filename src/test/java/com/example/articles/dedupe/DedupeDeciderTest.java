package com.example.articles.dedupe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DedupeDeciderTest {

	private static final ArticleFingerprint ARTICLE = new ArticleFingerprint("a1", "sha256:1", 0xffL);

	private final DedupeDecider decider = new DedupeDecider(DedupePolicy.defaults());

	@Test
	void publishesAnUnknownArticleAsRevisionOne() {
		DedupeDecision decision = this.decider.decide(null, ARTICLE, null, null, 100, 50);
		assertThat(decision.verdict()).isEqualTo(DedupeVerdict.NEW);
		assertThat(decision.publish()).isTrue();
		assertThat(decision.revision()).isEqualTo(1);
		assertThat(decision.history()).isEqualTo(new ArticleHistory("sha256:1", 0xffL, 1, 50, 100));
	}

	@Test
	void skipsTheSameContentAndRemembersWhenItWasSeen() {
		ArticleHistory history = new ArticleHistory("sha256:1", 0xffL, 4, 10, 20);
		DedupeDecision decision = this.decider.decide(history, ARTICLE, new IndexMatch("other", 0, 1), null, 100, 50);
		assertThat(decision.verdict()).isEqualTo(DedupeVerdict.REPEAT);
		assertThat(decision.publish()).isFalse();
		assertThat(decision.revision()).isEqualTo(4);
		assertThat(decision.history()).isEqualTo(new ArticleHistory("sha256:1", 0xffL, 4, 10, 100));
	}

	@Test
	void publishesChangedContentAsTheNextRevision() {
		ArticleHistory history = new ArticleHistory("sha256:0", 0xfeL, 4, 10, 20);
		DedupeDecision decision = this.decider.decide(history, ARTICLE, null, null, 100, 50);
		assertThat(decision.verdict()).isEqualTo(DedupeVerdict.REVISION);
		assertThat(decision.publish()).isTrue();
		assertThat(decision.revision()).isEqualTo(5);
		assertThat(decision.history()).isEqualTo(new ArticleHistory("sha256:1", 0xffL, 5, 10, 100));
	}

	@Test
	void flagsExactContentOfAnotherArticleAndPrefersItOverANearMatch() {
		DedupeDecision decision = this.decider.decide(null, ARTICLE, new IndexMatch("orig", 0, 5),
				new IndexMatch("near", 1, 1), 100, 50);
		assertThat(decision.verdict()).isEqualTo(DedupeVerdict.SYNDICATED);
		assertThat(decision.publish()).isTrue();
		assertThat(decision.duplicateOf()).isEqualTo("orig");
		assertThat(decision.nearDuplicateOf()).isNull();
	}

	@Test
	void dropsExactCopiesUnderTheDropPolicy() {
		DedupeDecider dropping = new DedupeDecider(new DedupePolicy(DuplicateAction.DROP, DuplicateAction.FLAG, 3));
		DedupeDecision decision = dropping.decide(null, ARTICLE, new IndexMatch("orig", 0, 5), null, 100, 50);
		assertThat(decision.publish()).isFalse();
		assertThat(decision.history().contentHash()).isEqualTo("sha256:1");
	}

	@Test
	void flagsANearMatchWithinTheDistance() {
		DedupeDecision decision = this.decider.decide(null, ARTICLE, null, new IndexMatch("near", 3, 1), 100, 50);
		assertThat(decision.verdict()).isEqualTo(DedupeVerdict.NEAR_DUPLICATE);
		assertThat(decision.nearDuplicateOf()).isEqualTo("near");
		assertThat(decision.publish()).isTrue();
	}

	@Test
	void ignoresANearMatchBeyondTheDistance() {
		DedupeDecision decision = this.decider.decide(null, ARTICLE, null, new IndexMatch("near", 4, 1), 100, 50);
		assertThat(decision.verdict()).isEqualTo(DedupeVerdict.NEW);
		assertThat(decision.nearDuplicateOf()).isNull();
	}

	@Test
	void neverMarksAnArticleAsACopyOfItself() {
		DedupeDecision decision = this.decider.decide(null, ARTICLE, new IndexMatch("a1", 0, 1),
				new IndexMatch("a1", 0, 1), 100, 50);
		assertThat(decision.verdict()).isEqualTo(DedupeVerdict.NEW);
		assertThat(decision.duplicateOf()).isNull();
		assertThat(decision.nearDuplicateOf()).isNull();
	}

	@Test
	void prefersTheOldestThenTheClosestMatch() {
		IndexMatch older = new IndexMatch("b", 3, 1);
		IndexMatch closer = new IndexMatch("a", 1, 2);
		assertThat(IndexMatch.better(older, closer)).isEqualTo(older);
		assertThat(IndexMatch.better(closer, older)).isEqualTo(older);
		assertThat(IndexMatch.better(new IndexMatch("b", 1, 1), new IndexMatch("a", 1, 1)).articleId()).isEqualTo("a");
		assertThat(IndexMatch.better(null, closer)).isEqualTo(closer);
	}

	@Test
	void findsTheNearestEntryOfABucketButNotItself() {
		IndexMatch match = FingerprintIndex.matchNear(java.util.List.of(new IndexedSimhash("a1", 0xffL, 1),
				new IndexedSimhash("far", 0xff00L, 1), new IndexedSimhash("near", 0xfcL, 2)), "a1", 0xffL, 3,
				new SimhashBands(4), 1);
		assertThat(match).isEqualTo(new IndexMatch("near", 2, 2));
		assertThat(FingerprintIndex.matchContent(new IndexedContent("a1", 1), "a1")).isNull();
		assertThat(FingerprintIndex.matchContent(new IndexedContent("x", 1), "a1"))
			.isEqualTo(new IndexMatch("x", 0, 1));
	}

}
