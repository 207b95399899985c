package com.example.articles.extract;

import java.util.ArrayDeque;
import java.util.Deque;
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
		Map<Element, int[]> stats = new IdentityHashMap<>(1024);
		Deque<int[]> open = new ArrayDeque<>();
		int[] anchorDepth = { 0 };
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element element) {
					open.push(new int[3]);
					if (element.nameIs("a")) {
						anchorDepth[0]++;
					}
				}
				else if (node instanceof TextNode text && !open.isEmpty()) {
					int n = Texts.collapsedLength(text.getWholeText());
					int[] top = open.peek();
					top[0] += n;
					if (anchorDepth[0] > 0) {
						top[1] += n;
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					int[] own = open.pop();
					stats.put(element, own);
					String tag = element.normalName();
					if (tag.equals("a")) {
						anchorDepth[0]--;
					}
					int[] parent = open.peek();
					if (parent != null) {
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
		}, root);
		return new ElementStats(stats);
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
