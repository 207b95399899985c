package com.example.articles.pipeline;

/** Which index a probe asks. */
enum ProbeKind {

	/** The exact-content index, keyed by content hash. */
	CONTENT,
	/** A simhash band bucket, keyed by band. */
	BAND

}
