package com.example.articles.dedupe;

/** An entry of a simhash band bucket: one article's simhash. */
public record IndexedSimhash(String articleId, long simhash, long firstSeen) {

}
