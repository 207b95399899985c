package com.example.articles.pipeline;

/**
 * Where a raw event came from: for dead letters and for the end-to-end latency.
 * {@code timestamp} is the raw record's timestamp (epoch ms).
 */
record SourceRecord(String topic, int partition, long offset, long timestamp) {

	/**
	 * The id of one processing request: unique per raw record, and the same when a record
	 * is reprocessed after a failure.
	 */
	String requestId() {
		return this.partition + "@" + this.offset;
	}

}
