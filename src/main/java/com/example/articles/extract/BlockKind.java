package com.example.articles.extract;

/** What a body block is; decides its tag in the body HTML. */
public enum BlockKind {

	PARAGRAPH("p"), HEADING("h2"), LIST_ITEM("li"), QUOTE("blockquote"), PREFORMATTED("pre");

	private final String tag;

	BlockKind(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

}
