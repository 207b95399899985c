package com.example.articles.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylineTest {

	@Test
	void readsTheAuthors() {
		assertThat(Byline.authors("By JOHN SMITH")).contains(List.of("JOHN SMITH"));
		assertThat(Byline.authors("By Jane Doe and John Smith For MailOnline"))
			.contains(List.of("Jane Doe", "John Smith"));
		assertThat(Byline.authors("By Jane Doe, Political Editor")).contains(List.of("Jane Doe"));
		assertThat(Byline.authors("by Ana de la Cruz")).contains(List.of("Ana de la Cruz"));
		assertThat(Byline.authors("By Zoë O’Brien")).contains(List.of("Zoë O’Brien"));
	}

	@Test
	void leavesSentencesAlone() {
		assertThat(Byline.authors("By Monday, the troops had left.")).isEmpty();
		assertThat(Byline.authors("By the end of the day nobody was left")).isEmpty();
		assertThat(Byline.authors("Mark Almond is director of The Crisis Research Institute, Oxford.")).isEmpty();
	}

}
