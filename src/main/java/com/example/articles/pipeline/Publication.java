package com.example.articles.pipeline;

import com.example.articles.contract.NormalizedArticleEvent;

/** A normalized article decided to be published. */
record Publication(NormalizedArticleEvent event) implements PipelineMessage {

}
