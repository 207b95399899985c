package com.example.articles.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One walk over a parsed page that gathers both the {@link PageFacts} (of the whole
 * document) and the {@link ElementStats} of its body: a walk over a large DOM costs as
 * much as the work done at each node, so the two share one.
 */
record PageScan(PageFacts facts, ElementStats stats) {

	static PageScan of(Document doc) {
		Element body = doc.body();
		PageFacts facts = new PageFacts();
		ElementStats.Builder stats = new ElementStats.Builder();
		NodeTraversor.traverse(new NodeVisitor() {

			/** Depth of the body element while the walk is inside it, else -1. */
			private int bodyDepth = -1;

			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element element) {
					facts.visit(element);
					if (element == body) {
						this.bodyDepth = depth;
					}
				}
				if (this.bodyDepth >= 0) {
					stats.head(node);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (this.bodyDepth >= 0) {
					stats.tail(node);
					if (node == body) {
						this.bodyDepth = -1;
					}
				}
			}
		}, doc);
		return new PageScan(facts, stats.build());
	}

}
