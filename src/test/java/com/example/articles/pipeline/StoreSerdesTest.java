package com.example.articles.pipeline;

import org.junit.jupiter.api.Test;

import com.example.articles.dedupe.ArticleHistory;
import com.example.articles.dedupe.IndexedContent;
import com.example.articles.dedupe.IndexedSimhash;

import static org.assertj.core.api.Assertions.assertThat;

class StoreSerdesTest {

	private static final String ARTICLE_ID = "2b3a4955b5cfb3573de4a1629b446923";

	private static final String CONTENT_HASH = "sha256:4b777e1e8c0b6a3f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f70819";

	@Test
	void roundTripsTheStoreValuesCompactly() {
		ArticleHistory history = new ArticleHistory(CONTENT_HASH, -7L, 3, 1000L, 2000L);
		byte[] bytes = StoreSerdes.history().serializer().serialize("t", history);
		assertThat(StoreSerdes.history().deserializer().deserialize("t", bytes)).isEqualTo(history);
		assertThat(bytes).hasSize(1 + 2 + 32 + 8 + 4 + 8 + 8);

		IndexedContent content = new IndexedContent(ARTICLE_ID, 5L);
		assertThat(StoreSerdes.content()
			.deserializer()
			.deserialize("t", StoreSerdes.content().serializer().serialize("t", content))).isEqualTo(content);

		IndexedSimhash simhash = new IndexedSimhash(ARTICLE_ID, Long.MIN_VALUE, 9L);
		byte[] simhashBytes = StoreSerdes.simhash().serializer().serialize("t", simhash);
		assertThat(StoreSerdes.simhash().deserializer().deserialize("t", simhashBytes)).isEqualTo(simhash);
		assertThat(simhashBytes).hasSize(1 + 2 + 16 + 8 + 8);
	}

	@Test
	void keepsIdsThatAreNotHexAsText() {
		IndexedContent content = new IndexedContent("Not-Hex id é", 5L);
		assertThat(StoreSerdes.content()
			.deserializer()
			.deserialize("t", StoreSerdes.content().serializer().serialize("t", content))).isEqualTo(content);
		IndexedContent odd = new IndexedContent("abc", 1L);
		assertThat(StoreSerdes.content()
			.deserializer()
			.deserialize("t", StoreSerdes.content().serializer().serialize("t", odd))).isEqualTo(odd);
	}

	@Test
	void keepsNullAsATombstone() {
		assertThat(StoreSerdes.history().serializer().serialize("t", null)).isNull();
		assertThat(StoreSerdes.history().deserializer().deserialize("t", null)).isNull();
	}

}
