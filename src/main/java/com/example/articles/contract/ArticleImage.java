package com.example.articles.contract;

import org.jspecify.annotations.Nullable;

/**
 * An image of the article with its caption once; {@code src} is null when the input had
 * none (text payloads).
 */
public record ArticleImage(@Nullable String src, @Nullable String alt, @Nullable String caption,
		@Nullable String credit) {

	public ArticleImage withCaption(@Nullable String newCaption) {
		return new ArticleImage(this.src, this.alt, newCaption, this.credit);
	}

}
