package com.example.articles.pipeline;

import org.jspecify.annotations.Nullable;

import com.example.articles.dedupe.IndexMatch;

/**
 * An index's answer to a probe, routed back to the article's partition.
 *
 * @param requestId the request it answers
 * @param expectedVerdicts how many verdicts the request waits for
 * @param articleId the probing article
 * @param kind which index answered
 * @param match the other article found, if any
 * @param failed whether the lookup failed (the article then goes on without it)
 */
record FingerprintVerdict(String requestId, int expectedVerdicts, String articleId, ProbeKind kind,
		@Nullable IndexMatch match, boolean failed) implements PipelineMessage {

}
