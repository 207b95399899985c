package com.example.articles.blocks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearCopyIndexTest {

	private final NearCopyIndex index = NearCopyIndex.of(List.of(
			"The drought has left millions dependent on international food aid, and the harvest failed again.",
			"Kabul is already aware of a massive refugee crisis on its borders, especially with Pakistan – a country the Taliban has helped nurture – which said the West must work with the new government.",
			"Kabul is already aware of a massive refugee crisis on its borders."));

	@Test
	void findsTheParagraphAQuoteWithChangedWordsComesFrom() {
		String quote = "Kabul is already aware of a massive refugee crisis on its borders, particularly with Pakistan, a country the Taliban has helped.";
		assertThat(this.index.bestContaining(quote, NearCopyIndex.NEAR_COPY, (i) -> true)).isEqualTo(1);
	}

	@Test
	void skipsTextsThatAreNotEligible() {
		String quote = "Kabul is already aware of a massive refugee crisis on its borders";
		assertThat(this.index.bestContaining(quote, NearCopyIndex.NEAR_COPY, (i) -> true)).isEqualTo(1);
		assertThat(this.index.bestContaining(quote, NearCopyIndex.NEAR_COPY, (i) -> i != 1)).isEqualTo(2);
		assertThat(this.index.bestContaining(quote, NearCopyIndex.NEAR_COPY, (i) -> i == 0)).isEqualTo(-1);
	}

	@Test
	void findsNothingBelowTheThreshold() {
		String other = "The drought has left millions hungry, aid workers in the northern provinces told reporters on Sunday.";
		assertThat(this.index.bestContaining(other, NearCopyIndex.NEAR_COPY, (i) -> true)).isEqualTo(-1);
		assertThat(this.index.bestContaining("", NearCopyIndex.NEAR_COPY, (i) -> true)).isEqualTo(-1);
	}

}
