package com.example.articles.extract;

import java.util.Arrays;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One walk over a parsed page that gathers both the {@link PageFacts} (of the whole
 * document) and the {@link ElementStats} of its body: on a large DOM the walk itself
 * costs about as much as the work done at each node, so the two share one. The walk is
 * written out here rather than through {@code NodeTraversor}, whose call to the visitor
 * serves every visitor of the application and so cannot be inlined; it goes through the
 * children of each open element by index, which spares the sibling-index lookup of each
 * step to the next sibling.
 */
record PageScan(PageFacts facts, ElementStats stats) {

	static PageScan of(Document doc) {
		Scan scan = new Scan(doc.body());
		// the open elements, outermost first, and the index of the next child to visit
		// of each
		Element[] open = new Element[64];
		int[] next = new int[64];
		int depth = 0;
		open[0] = doc;
		next[0] = 0;
		scan.head(doc);
		while (depth >= 0) {
			Element parent = open[depth];
			int index = next[depth];
			if (index >= parent.childNodeSize()) {
				scan.tail(parent);
				depth--;
				continue;
			}
			next[depth] = index + 1;
			Node child = parent.childNode(index);
			scan.head(child);
			if (child instanceof Element element && element.childNodeSize() > 0) {
				depth++;
				if (depth == open.length) {
					open = Arrays.copyOf(open, depth * 2);
					next = Arrays.copyOf(next, depth * 2);
				}
				open[depth] = element;
				next[depth] = 0;
			}
			else {
				scan.tail(child);
			}
		}
		return new PageScan(scan.facts, scan.stats.build());
	}

	/** What the walk does at each node, on the way down and on the way up. */
	private static final class Scan {

		private final PageFacts facts = new PageFacts();

		private final ElementStats.Builder stats = new ElementStats.Builder();

		private final Element body;

		private boolean inBody;

		Scan(Element body) {
			this.body = body;
		}

		void head(Node node) {
			if (node instanceof Element element) {
				this.facts.visit(element);
				if (element == this.body) {
					this.inBody = true;
				}
			}
			if (this.inBody) {
				this.stats.head(node);
			}
		}

		void tail(Node node) {
			if (this.inBody) {
				this.stats.tail(node);
				if (node == this.body) {
					this.inBody = false;
				}
			}
		}

	}

}
