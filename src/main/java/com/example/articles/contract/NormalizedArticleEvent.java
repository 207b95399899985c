package com.example.articles.contract;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The normalized article the CMS consumes (contract {@code normalized-article.v1}).
 * {@code revision}, {@code duplicateOf} and {@code nearDuplicateOf} are set by the
 * cross-event dedupe of the service; the batch normalizer leaves them at 1, null and
 * null.
 */
public record NormalizedArticleEvent(int schemaVersion, String articleId, String eventId, String url,
		String canonicalUrl, @Nullable String source, @Nullable String title, List<String> authors,
		@Nullable Instant publishedAt, @Nullable Instant modifiedAt, @Nullable String language,
		@Nullable String description, List<String> paragraphs, String text, String html, List<ArticleImage> images,
		int wordCount, String contentHash, String simhash, List<RemovedBlock> removed, @Nullable Instant fetchedAt,
		Instant processedAt, int revision, @Nullable String duplicateOf, @Nullable String nearDuplicateOf) {

	public static final int SCHEMA_VERSION = 1;

	public NormalizedArticleEvent {
		authors = List.copyOf(authors);
		paragraphs = List.copyOf(paragraphs);
		images = List.copyOf(images);
		removed = List.copyOf(removed);
	}

	public NormalizedArticleEvent withRevision(int newRevision) {
		return new NormalizedArticleEvent(this.schemaVersion, this.articleId, this.eventId, this.url, this.canonicalUrl,
				this.source, this.title, this.authors, this.publishedAt, this.modifiedAt, this.language,
				this.description, this.paragraphs, this.text, this.html, this.images, this.wordCount, this.contentHash,
				this.simhash, this.removed, this.fetchedAt, this.processedAt, newRevision, this.duplicateOf,
				this.nearDuplicateOf);
	}

	public NormalizedArticleEvent withDuplicateOf(@Nullable String original) {
		return new NormalizedArticleEvent(this.schemaVersion, this.articleId, this.eventId, this.url, this.canonicalUrl,
				this.source, this.title, this.authors, this.publishedAt, this.modifiedAt, this.language,
				this.description, this.paragraphs, this.text, this.html, this.images, this.wordCount, this.contentHash,
				this.simhash, this.removed, this.fetchedAt, this.processedAt, this.revision, original,
				this.nearDuplicateOf);
	}

	public NormalizedArticleEvent withNearDuplicateOf(@Nullable String original) {
		return new NormalizedArticleEvent(this.schemaVersion, this.articleId, this.eventId, this.url, this.canonicalUrl,
				this.source, this.title, this.authors, this.publishedAt, this.modifiedAt, this.language,
				this.description, this.paragraphs, this.text, this.html, this.images, this.wordCount, this.contentHash,
				this.simhash, this.removed, this.fetchedAt, this.processedAt, this.revision, this.duplicateOf,
				original);
	}

}
