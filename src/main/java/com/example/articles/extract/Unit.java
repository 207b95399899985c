package com.example.articles.extract;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One piece of a page in reading order, as the segmenter cut it: a text block, an image,
 * a caption or credit, or a skipped chrome subtree. {@code anchor} is the element the
 * piece belongs to (for an anonymous run of inline text, its parent).
 */
record Unit(Type type, Element anchor, @Nullable BlockKind kind, String text, @Nullable List<Node> run, int linkChars,
		@Nullable String credit, boolean recorded) {

	enum Type {

		TEXT, IMAGE, CAPTION, CREDIT, SKIPPED

	}

	/** A leaf block element, or (with {@code run}) an anonymous run of inline nodes. */
	static Unit text(Element anchor, BlockKind kind, String text, @Nullable List<Node> run, int linkChars) {
		return new Unit(Type.TEXT, anchor, kind, text, run, linkChars, null, true);
	}

	static Unit image(Element img) {
		return new Unit(Type.IMAGE, img, null, "", null, 0, null, false);
	}

	static Unit caption(Element anchor, String text, @Nullable String credit) {
		return new Unit(Type.CAPTION, anchor, null, text, null, 0, credit, true);
	}

	static Unit credit(Element anchor, String text) {
		return new Unit(Type.CREDIT, anchor, null, text, null, 0, text, true);
	}

	static Unit skipped(Element anchor, String text, boolean recorded) {
		return new Unit(Type.SKIPPED, anchor, null, text, null, 0, null, recorded);
	}

	/**
	 * The inner HTML of a text unit, serialized only for the blocks that make it into the
	 * body: as Jsoup writes it, by {@link UnitHtml} where it can.
	 */
	String html() {
		List<Node> nodes = this.run;
		// markup adds to the text: room for a link or two
		int capacity = this.text.length() + 128;
		String html = (nodes != null) ? UnitHtml.outer(nodes, capacity) : UnitHtml.inner(this.anchor, capacity);
		return ((html != null) ? html : jsoupHtml()).strip();
	}

	/**
	 * The inner HTML as Jsoup writes it, before stripping: the reference for
	 * {@link UnitHtml}.
	 */
	String jsoupHtml() {
		List<Node> nodes = this.run;
		if (nodes == null) {
			return this.anchor.html();
		}
		StringBuilder html = new StringBuilder();
		for (Node node : nodes) {
			html.append(node.outerHtml());
		}
		return html.toString();
	}

	double linkDensity() {
		return this.text.isEmpty() ? 0 : (double) this.linkChars / this.text.length();
	}

}
