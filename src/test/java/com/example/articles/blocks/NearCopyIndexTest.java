package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

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

	@Test
	void countsTheShinglesEachTextSharesWithTheOthers() {
		Random random = new Random(29);
		for (int round = 0; round < 200; round++) {
			List<String> texts = new ArrayList<>();
			for (int t = random.nextInt(12); t > 0; t--) {
				StringBuilder text = new StringBuilder();
				for (int w = random.nextInt(30); w > 0; w--) {
					text.append('w').append(random.nextInt(15)).append(' ');
				}
				texts.add(text.toString());
			}
			NearCopyIndex index = NearCopyIndex.of(texts);
			for (int k = 0; k < texts.size(); k++) {
				Set<Long> others = new HashSet<>();
				for (int j = 0; j < texts.size(); j++) {
					if (j != k) {
						for (long shingle : WordShingles.of(texts.get(j))) {
							others.add(shingle);
						}
					}
				}
				long shared = Arrays.stream(WordShingles.of(texts.get(k))).filter(others::contains).count();
				assertThat(index.sharedWithOthers(k)).as("%s, text %d", texts, k).isEqualTo(shared);
			}
		}
	}

}
