package com.example.articles.pipeline;

import com.example.articles.contract.NormalizedArticleEvent;

/**
 * A normalized article on its way to the dedupe, with the number of index verdicts it
 * waits for.
 */
record ArticleEnvelope(SourceRecord source, int expectedVerdicts,
		NormalizedArticleEvent event) implements PipelineMessage {

}
