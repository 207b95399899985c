package com.example.articles.pipeline;

/**
 * A small lookup request for one fingerprint index key; the article itself stays on its
 * own path.
 *
 * @param requestId the request it belongs to
 * @param expectedVerdicts how many verdicts the request waits for
 * @param articleId the probing article
 * @param kind which index
 * @param key the index key: the content hash or the band key
 * @param simhash the article's simhash
 * @param band the band of a band probe (-1 for a content probe)
 */
record FingerprintProbe(String requestId, int expectedVerdicts, String articleId, ProbeKind kind, String key,
		long simhash, int band) implements PipelineMessage {

}
