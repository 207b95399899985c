package com.example.articles.pipeline;

import java.time.Duration;

import com.example.articles.dedupe.DedupePolicy;

/**
 * What the topology needs to know.
 *
 * @param topics the topics
 * @param policy the dedupe policy
 * @param retention how long an article, a content hash or a simhash is remembered after
 * it was last seen
 * @param refreshInterval how often a remembered entry that keeps being seen is rewritten
 * to extend its retention
 * @param maxEventBytes the largest raw event, and the largest normalized event, accepted
 * @param maxBucketScan the most entries read from one simhash band bucket per lookup
 */
public record PipelineSettings(Topics topics, DedupePolicy policy, Duration retention, Duration refreshInterval,
		long maxEventBytes, int maxBucketScan) {

}
