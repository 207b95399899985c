package com.example.articles.pipeline;

import com.example.articles.dedupe.DedupeVerdict;

/**
 * What the topology counts. Counts are not transactional: a batch that is retried after a
 * failure is counted again.
 */
public interface PipelineMetrics {

	void eventReceived();

	void normalized(long nanos);

	void deadLettered(String stage, String reason);

	/** A decision; {@code published} tells whether it reached the output topic. */
	void decided(DedupeVerdict verdict, boolean published);

	/** From the raw record's timestamp to the publication. */
	void endToEndLatency(long millis);

	void indexLookupFailed();

	static PipelineMetrics none() {
		return new PipelineMetrics() {

			@Override
			public void eventReceived() {
			}

			@Override
			public void normalized(long nanos) {
			}

			@Override
			public void deadLettered(String stage, String reason) {
			}

			@Override
			public void decided(DedupeVerdict verdict, boolean published) {
			}

			@Override
			public void endToEndLatency(long millis) {
			}

			@Override
			public void indexLookupFailed() {
			}

		};
	}

}
