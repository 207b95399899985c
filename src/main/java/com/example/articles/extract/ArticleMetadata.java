package com.example.articles.extract;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a page says about its article, besides the body. */
public record ArticleMetadata(@Nullable String title, List<String> authors, @Nullable Instant publishedAt,
		@Nullable Instant modifiedAt, @Nullable String language, @Nullable String description,
		@Nullable String canonicalUrl, @Nullable String siteName) {

	public static final ArticleMetadata EMPTY = new ArticleMetadata(null, List.of(), null, null, null, null, null,
			null);

	public ArticleMetadata {
		authors = List.copyOf(authors);
	}

	public ArticleMetadata withTitle(@Nullable String newTitle) {
		return new ArticleMetadata(newTitle, this.authors, this.publishedAt, this.modifiedAt, this.language,
				this.description, this.canonicalUrl, this.siteName);
	}

	public ArticleMetadata withAuthors(List<String> newAuthors) {
		return new ArticleMetadata(this.title, newAuthors, this.publishedAt, this.modifiedAt, this.language,
				this.description, this.canonicalUrl, this.siteName);
	}

	public ArticleMetadata withLanguage(@Nullable String newLanguage) {
		return new ArticleMetadata(this.title, this.authors, this.publishedAt, this.modifiedAt, newLanguage,
				this.description, this.canonicalUrl, this.siteName);
	}

}
