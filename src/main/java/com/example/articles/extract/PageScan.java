package com.example.articles.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One walk over a parsed page that gathers both the {@link PageFacts} (of the whole
 * document) and the {@link ElementStats} of its body: on a large DOM the walk itself
 * costs about as much as the work done at each node, so the two share one. The walk is
 * written out here rather than through {@code NodeTraversor}, whose call to the visitor
 * serves every visitor of the application and so cannot be inlined.
 */
record PageScan(PageFacts facts, ElementStats stats) {

	static PageScan of(Document doc) {
		Element body = doc.body();
		PageFacts facts = new PageFacts();
		ElementStats.Builder stats = new ElementStats.Builder();
		boolean inBody = false;
		Node node = doc;
		while (node != null) {
			// head
			if (node instanceof Element element) {
				facts.visit(element);
				if (element == body) {
					inBody = true;
				}
			}
			if (inBody) {
				stats.head(node);
			}
			if (node.childNodeSize() > 0) {
				node = node.childNode(0);
				continue;
			}
			// tail of this node, then of each ancestor it was the last child of
			while (true) {
				if (inBody) {
					stats.tail(node);
					if (node == body) {
						inBody = false;
					}
				}
				if (node == doc) {
					return new PageScan(facts, stats.build());
				}
				Node next = node.nextSibling();
				if (next != null) {
					node = next;
					break;
				}
				node = node.parentNode();
			}
		}
		return new PageScan(facts, stats.build());
	}

}
