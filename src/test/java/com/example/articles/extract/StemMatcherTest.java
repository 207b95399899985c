package com.example.articles.extract;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StemMatcherTest {

	private final StemMatcher matcher = new StemMatcher(
			Map.of("share", 1, "sharing", 1, "article", 2, "art", 4, "zdjęcie", 8, "©", 16));

	@Test
	void findsStemsAnywhereAndCombinesTheirFlags() {
		assertThat(this.matcher.flags("post-share-bar")).isEqualTo(1);
		assertThat(this.matcher.flags("article-sharing")).isEqualTo(1 | 2 | 4);
		assertThat(this.matcher.flags("smart")).isEqualTo(4);
		assertThat(this.matcher.flags("podpis-zdjęcie")).isEqualTo(8);
		assertThat(this.matcher.flags("© 2019")).isEqualTo(16);
	}

	@Test
	void noStemNoFlags() {
		assertThat(this.matcher.flags("")).isZero();
		assertThat(this.matcher.flags("shar ar-t zdjecie")).isZero();
		assertThat(this.matcher.flags("ÄÖÜ\uFFFF")).isZero();
	}

}
