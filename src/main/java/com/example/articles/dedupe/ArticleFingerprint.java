package com.example.articles.dedupe;

/**
 * What the dedupe needs to know of a normalized article: its id, the hash of its body and
 * the simhash of its body.
 */
public record ArticleFingerprint(String articleId, String contentHash, long simhash) {

}
