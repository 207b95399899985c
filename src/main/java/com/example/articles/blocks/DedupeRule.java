package com.example.articles.blocks;

/**
 * One duplicate-block rule: marks blocks of the article removed (never un-removes one)
 * and may fix its images. Implementations are stateless.
 */
interface DedupeRule {

	void apply(WorkingArticle article);

}
