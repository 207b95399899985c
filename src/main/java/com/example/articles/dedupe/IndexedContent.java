package com.example.articles.dedupe;

/** An entry of the exact-content index: the first article seen with a content hash. */
public record IndexedContent(String articleId, long firstSeen) {

}
