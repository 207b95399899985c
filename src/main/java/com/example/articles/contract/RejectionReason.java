package com.example.articles.contract;

/**
 * Why an input event cannot be normalized; carried to the batch CLI's rejects and the
 * dead-letter topic.
 */
public enum RejectionReason {

	/** The record is not a JSON object. */
	MALFORMED_JSON("malformed-json"),
	/**
	 * A field is missing, of the wrong type, or breaks a rule of the raw-article
	 * contract.
	 */
	CONTRACT_VIOLATION("contract-violation"),
	/** The record is larger than the configured maximum event size. */
	TOO_LARGE("too-large"),
	/** The payload holds no article text at all. */
	NO_CONTENT("no-content");

	private final String code;

	RejectionReason(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
