package com.example.articles.extract;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length and a few structural flags of every element of a page,
 * counted bottom-up in one pass so that later steps never call {@code Element.text()} in
 * a loop. One instance per extraction (not thread-safe).
 */
final class ElementStats {

	static final int HAS_BLOCK = 1;

	static final int HAS_IMAGE = 2;

	private static final int[] NONE = new int[3];

	private final Map<Element, int[]> stats;

	private ElementStats(Map<Element, int[]> stats) {
		this.stats = stats;
	}

	static ElementStats of(Element root) {
		Builder builder = new Builder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				builder.head(node);
			}

			@Override
			public void tail(Node node, int depth) {
				builder.tail(node);
			}
		}, root);
		return builder.build();
	}

	/**
	 * Counts as a walk visits the nodes of one subtree, so that another walk (the page
	 * facts') can count on the way: {@link #head} and {@link #tail} for every node of the
	 * subtree, in document order.
	 */
	static final class Builder {

		private final Map<Element, int[]> stats = new IdentityHashMap<>(1024);

		/** Counts of the open elements, innermost last; a row per depth, reused. */
		private int[][] open = new int[64][3];

		private int depth;

		private int anchorDepth;

		void head(Node node) {
			if (node instanceof Element element) {
				if (this.depth == this.open.length) {
					this.open = Arrays.copyOf(this.open, this.depth * 2);
					for (int i = this.depth; i < this.open.length; i++) {
						this.open[i] = new int[3];
					}
				}
				int[] row = this.open[this.depth++];
				row[0] = 0;
				row[1] = 0;
				row[2] = 0;
				if (element.nameIs("a")) {
					this.anchorDepth++;
				}
			}
			else if (node instanceof TextNode text && this.depth > 0) {
				int n = Texts.collapsedLength(text.getWholeText());
				int[] top = this.open[this.depth - 1];
				top[0] += n;
				if (this.anchorDepth > 0) {
					top[1] += n;
				}
			}
		}

		void tail(Node node) {
			if (node instanceof Element element) {
				int[] row = this.open[--this.depth];
				int[] own = { row[0], row[1], row[2] };
				this.stats.put(element, own);
				String tag = element.normalName();
				if (tag.equals("a")) {
					this.anchorDepth--;
				}
				if (this.depth > 0) {
					int[] parent = this.open[this.depth - 1];
					parent[0] += own[0];
					parent[1] += own[1];
					parent[2] |= own[2];
					if (Tags.isBlock(tag)) {
						parent[2] |= HAS_BLOCK;
					}
					if (tag.equals("img")) {
						parent[2] |= HAS_IMAGE;
					}
				}
			}
		}

		ElementStats build() {
			return new ElementStats(this.stats);
		}

	}

	private int[] get(Element element) {
		return this.stats.getOrDefault(element, NONE);
	}

	int text(Element element) {
		return get(element)[0];
	}

	int links(Element element) {
		return get(element)[1];
	}

	double linkDensity(Element element) {
		int[] s = get(element);
		return s[0] == 0 ? 0 : (double) s[1] / s[0];
	}

	boolean hasBlockDescendant(Element element) {
		return (get(element)[2] & HAS_BLOCK) != 0;
	}

	boolean hasImage(Element element) {
		return (get(element)[2] & HAS_IMAGE) != 0;
	}

}
