package com.example.articles.dedupe;

/** What to do with a copy of another article's content. */
public enum DuplicateAction {

	/** Publish it, with {@code duplicateOf} or {@code nearDuplicateOf} set. */
	FLAG,
	/** Do not publish it; it is only counted. */
	DROP

}
