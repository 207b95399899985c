package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagsTest {

	private static List<String> names() {
		List<String> names = new ArrayList<>(Tags.BLOCK);
		names.addAll(Tags.NON_CONTENT);
		names.addAll(List.of("span", "a", "img", "br", "custom-tag", "", "DIV", "divx", "h7", "#root", "svg:title"));
		Random random = new Random(7);
		for (int i = 0; i < 20000; i++) {
			char[] name = new char[1 + random.nextInt(8)];
			for (int j = 0; j < name.length; j++) {
				name[j] = (char) ('a' + random.nextInt(26));
			}
			names.add(new String(name));
		}
		return names;
	}

	@Test
	void groupsAnswerAsTheirSets() {
		for (String name : names()) {
			// a copy: names of parsed pages are not always the same instance
			String copy = new String(name.toCharArray());
			assertThat(Tags.isBlock(copy)).as(name).isEqualTo(Tags.BLOCK.contains(name));
			assertThat(Tags.isNonContent(copy)).as(name).isEqualTo(Tags.NON_CONTENT.contains(name));
			assertThat(new Tags.Group(Tags.HEADINGS).contains(copy)).isEqualTo(Tags.HEADINGS.contains(name));
		}
	}

	@Test
	void groupOfOneOrNoName() {
		assertThat(new Tags.Group(Set.of()).contains("p")).isFalse();
		assertThat(new Tags.Group(Set.of("p")).contains("p")).isTrue();
		assertThat(new Tags.Group(Set.of("p")).contains("q")).isFalse();
	}

	@Test
	void namesWithTheSameHashAreRefused() {
		// "Aa" and "BB" share String.hashCode: no table separates them
		assertThatThrownBy(() -> new Tags.Group(Set.of("Aa", "BB"))).isInstanceOf(IllegalArgumentException.class);
	}

}
