package com.example.articles.pipeline;

import com.example.articles.contract.NormalizedArticleEvent;

/**
 * Raw event bytes to a normalized event; in production
 * {@code ArticleNormalizer::normalize}. Throws
 * {@link com.example.articles.contract.EventRejectedException} for a bad event. Must be
 * thread-safe: every stream thread shares it.
 */
@FunctionalInterface
public interface EventNormalizer {

	NormalizedArticleEvent normalize(byte[] rawEventJson);

}
