package com.example.articles.sanitize;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.ArticleImage;

import static org.assertj.core.api.Assertions.assertThat;

class SafeImagesTest {

	@Test
	void keepsHttpSources() {
		ArticleImage image = new ArticleImage("https://cdn.example.com/a.jpg", "alt", "caption", "credit");
		assertThat(SafeImages.of(List.of(image))).containsExactly(image);
	}

	@Test
	void dropsSourcesThatAreNotAbsoluteHttp() {
		List<ArticleImage> images = SafeImages.of(List.of(new ArticleImage("javascript:alert(1)", null, "c1", null),
				new ArticleImage("data:image/png;base64,AAAA", null, "c2", null),
				new ArticleImage("/relative.jpg", null, "c3", null),
				new ArticleImage("ht tp://bad", null, "c4", null)));
		assertThat(images).extracting(ArticleImage::src).containsOnlyNulls();
		assertThat(images).extracting(ArticleImage::caption).containsExactly("c1", "c2", "c3", "c4");
	}

	@Test
	void dropsAnImageLeftWithNothing() {
		assertThat(SafeImages.of(List.of(new ArticleImage("javascript:x", null, null, "credit")))).isEmpty();
	}

}
