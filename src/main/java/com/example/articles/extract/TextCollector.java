package com.example.articles.extract;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The visible text of a few nodes, whitespace collapsed, with the share that sits inside
 * links; skips marked (chrome or invisible) descendants. Each node of a page is collected
 * once, so extraction stays linear.
 */
final class TextCollector implements NodeFilter {

	private final StringBuilder text = new StringBuilder();

	private final Map<Element, Boolean> marks;

	/**
	 * The counts of the page, whose flags say which elements hold only text that is
	 * collapsed already; null to collapse every text.
	 */
	private final @Nullable ElementStats stats;

	/** The parent of the last text appended, and whether its texts are collapsed. */
	private @Nullable Node lastParent;

	private boolean lastParentCollapsed;

	private int linkChars;

	private int anchorDepth;

	private boolean sawMarked;

	/** Whether any element is marked: most collections need no lookup per element. */
	private final boolean anyMarks;

	private TextCollector(Map<Element, Boolean> marks, @Nullable ElementStats stats) {
		this.marks = marks;
		this.anyMarks = !marks.isEmpty();
		this.stats = stats;
	}

	static Collected collect(List<Node> nodes, Map<Element, Boolean> marks) {
		return collect(nodes, marks, null);
	}

	static Collected collect(Node node, Map<Element, Boolean> marks) {
		return collect(node, marks, null);
	}

	/**
	 * The text of nodes of a page counted in {@code stats}: texts that were collapsed
	 * already when counted are appended without another look at each character.
	 */
	static Collected collect(List<Node> nodes, Map<Element, Boolean> marks, @Nullable ElementStats stats) {
		TextCollector collector = new TextCollector(marks, stats);
		for (Node node : nodes) {
			collector.walk(node);
		}
		return collector.result();
	}

	static Collected collect(Node node, Map<Element, Boolean> marks, @Nullable ElementStats stats) {
		TextCollector collector = new TextCollector(marks, stats);
		collector.walk(node);
		return collector.result();
	}

	/**
	 * What {@code NodeTraversor.filter(this, root)} does, written out so that the calls
	 * to {@link #head} and {@link #tail} can be inlined (the traversor's call serves
	 * every filter of the application).
	 */
	private void walk(Node root) {
		Node node = root;
		int depth = 0;
		while (true) {
			boolean entered = head(node, depth) == FilterResult.CONTINUE;
			if (entered && node.childNodeSize() > 0) {
				node = node.childNode(0);
				depth++;
				continue;
			}
			if (entered) {
				tail(node, depth);
			}
			while (node != root && node.nextSibling() == null) {
				node = node.parentNode();
				depth--;
				tail(node, depth);
			}
			if (node == root) {
				return;
			}
			node = node.nextSibling();
		}
	}

	private Collected result() {
		String collapsed = Texts.strip(this.text);
		return new Collected(collapsed, Math.min(this.linkChars, collapsed.length()), this.sawMarked);
	}

	@Override
	public FilterResult head(Node node, int depth) {
		if (node instanceof TextNode textNode) {
			int before = this.text.length();
			if (isCollapsed(textNode)) {
				Texts.appendClean(this.text, textNode.getWholeText());
			}
			else {
				Texts.appendCollapsed(this.text, textNode.getWholeText());
			}
			if (this.anchorDepth > 0) {
				this.linkChars += this.text.length() - before;
			}
			return FilterResult.CONTINUE;
		}
		if (node instanceof Element element) {
			if (depth > 0 && this.anyMarks && this.marks.containsKey(element)) {
				this.sawMarked = true;
				return FilterResult.SKIP_ENTIRELY;
			}
			String tag = element.normalName();
			if (tag.equals("br") || Tags.isBlock(tag)) {
				space();
			}
			else if (tag.equals("a")) {
				this.anchorDepth++;
			}
		}
		return FilterResult.CONTINUE;
	}

	@Override
	public FilterResult tail(Node node, int depth) {
		if (node instanceof Element element) {
			String tag = element.normalName();
			if (tag.equals("a")) {
				this.anchorDepth--;
			}
			else if (Tags.isBlock(tag) || tag.equals("td") || tag.equals("th")) {
				space();
			}
		}
		return FilterResult.CONTINUE;
	}

	/** Whether the text was collapsed already when the page was counted. */
	private boolean isCollapsed(TextNode textNode) {
		ElementStats counts = this.stats;
		if (counts == null) {
			return false;
		}
		Node parent = textNode.parentNode();
		if (parent != this.lastParent) {
			this.lastParent = parent;
			this.lastParentCollapsed = parent instanceof Element element && counts.hasCollapsedText(element);
		}
		return this.lastParentCollapsed;
	}

	private void space() {
		int n = this.text.length();
		if (n > 0 && this.text.charAt(n - 1) != ' ') {
			this.text.append(' ');
		}
	}

	record Collected(String text, int linkChars, boolean sawMarked) {
	}

}
