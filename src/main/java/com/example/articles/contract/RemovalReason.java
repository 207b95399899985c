package com.example.articles.contract;

/** Why a block of the page did not make it into the article body. */
public enum RemovalReason {

	/**
	 * A caption printed again (img alt, caption element, share overlay, pull quote +
	 * caption).
	 */
	DUPLICATE_CAPTION("duplicate-caption"),
	/**
	 * A body block that repeats an earlier one (exactly or up to whitespace, punctuation,
	 * case).
	 */
	DUPLICATE_BLOCK("duplicate-block"),
	/** The headline printed again in the body. */
	REPEATED_TITLE("repeated-title"),
	/** A caption moved out of the body into {@code images}. */
	CAPTION("caption"),
	/**
	 * Navigation, share bars, related links, newsletter boxes, stray punctuation and the
	 * like.
	 */
	BOILERPLATE("boilerplate");

	private final String code;

	RemovalReason(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
