package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import com.example.articles.extract.ClassSignals.Verdict;
import com.example.articles.extract.TextCollector.Collected;

/**
 * Cuts a page into {@link Unit}s in reading order: leaf blocks (elements without block
 * children) and anonymous runs of inline content become text units; images, captions and
 * credits their own units; marked chrome one skipped unit per subtree. One instance per
 * extraction.
 */
final class Segmenter {

	/** Deeper than this, a subtree is taken as one block (guards the stack). */
	private static final int MAX_DEPTH = 300;

	private static final int MAX_CAPTION_CHARS = 1000;

	/** Plain text of a paragraph that makes a link-heavy container more than a menu. */
	private static final int MIN_PARAGRAPH = 120;

	private final ElementStats stats;

	private final Map<Element, Boolean> marks;

	private final ClassSignals signals;

	private final List<Unit> units = new ArrayList<>();

	private int pagePlainText;

	private Segmenter(ElementStats stats, Map<Element, Boolean> marks, ClassSignals signals) {
		this.stats = stats;
		this.marks = marks;
		this.signals = signals;
	}

	static List<Unit> segment(Element body, ElementStats stats, Map<Element, Boolean> marks, ClassSignals signals) {
		Segmenter segmenter = new Segmenter(stats, marks, signals);
		segmenter.pagePlainText = Math.max(1, stats.text(body) - stats.links(body));
		segmenter.walk(body, null, 0, false);
		return segmenter.units;
	}

	private void walk(Element element, @Nullable BlockKind context, int depth, boolean inLink) {
		Boolean mark = this.marks.get(element);
		if (mark != null) {
			this.units.add(Unit.skipped(element, "", mark));
			return;
		}
		String tag = element.normalName();
		if (tag.equals("img")) {
			this.units.add(Unit.image(element));
			return;
		}
		if (tag.equals("br") || tag.equals("hr")) {
			return;
		}
		Verdict verdict = this.signals.of(element);
		if ((tag.equals("figcaption") || verdict == Verdict.CAPTION) && !this.stats.hasImage(element)
				&& this.stats.text(element) < MAX_CAPTION_CHARS) {
			caption(element);
			return;
		}
		if (verdict == Verdict.CREDIT && !this.stats.hasImage(element) && this.stats.text(element) < 300) {
			String text = TextCollector.collect(element, this.marks, this.stats).text();
			if (!text.isEmpty()) {
				this.units.add(Unit.credit(element, text));
			}
			return;
		}
		int flags = this.stats.flags(element);
		if ((flags & ElementStats.HAS_BLOCK) == 0 || depth > MAX_DEPTH) {
			leaf(element, kindOf(tag, context), inLink, (flags & ElementStats.HAS_IMAGE) != 0);
			return;
		}
		if (depth > 0 && isLinkList(element, tag)) {
			this.units.add(Unit.skipped(element, "", true));
			return;
		}
		BlockKind childContext = switch (tag) {
			case "blockquote" -> BlockKind.QUOTE;
			case "li", "dd" -> BlockKind.LIST_ITEM;
			case "pre" -> BlockKind.PREFORMATTED;
			default -> context;
		};
		List<Node> run = new ArrayList<>();
		int breaks = 0;
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				if (!text.isBlank()) {
					run.add(child);
					breaks = 0;
				}
				else if (!run.isEmpty()) {
					run.add(child);
				}
				continue;
			}
			if (!(child instanceof Element childElement)) {
				continue;
			}
			String childTag = childElement.normalName();
			if (childTag.equals("br")) {
				breaks++;
				if (breaks >= 2) {
					flush(element, run, childContext, inLink || tag.equals("a"));
				}
				else if (!run.isEmpty()) {
					run.add(child);
				}
				continue;
			}
			if (Tags.isBlock(childTag)) {
				flush(element, run, childContext, inLink || tag.equals("a"));
				breaks = 0;
				walk(childElement, childContext, depth + 1, inLink || tag.equals("a"));
				continue;
			}
			int childFlags = this.stats.flags(childElement);
			boolean inline = (childFlags & ElementStats.HAS_BLOCK) == 0 && !this.marks.containsKey(childElement)
					&& !childTag.equals("img") && isInlineVerdict(this.signals.of(childElement));
			if (inline) {
				if ((childFlags & ElementStats.HAS_IMAGE) != 0) {
					images(childElement);
				}
				run.add(child);
				breaks = 0;
			}
			else {
				flush(element, run, childContext, inLink || tag.equals("a"));
				breaks = 0;
				walk(childElement, childContext, depth + 1, inLink || tag.equals("a"));
			}
		}
		flush(element, run, childContext, inLink || tag.equals("a"));
	}

	private static boolean isInlineVerdict(Verdict verdict) {
		return verdict != Verdict.CAPTION && verdict != Verdict.CREDIT;
	}

	/**
	 * A container that is mostly links: a menu, a list of related stories, a tag cloud.
	 */
	private boolean isLinkList(Element element, String tag) {
		int text = this.stats.text(element);
		if (text == 0) {
			return false;
		}
		int plain = text - this.stats.links(element);
		if (plain > 1000 || plain > this.pagePlainText * 0.3) {
			// holds real text: a wrapper with a menu inside, not a menu
			return false;
		}
		double density = this.stats.linkDensity(element);
		boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
		return density > (list ? 0.5 : 0.65) && (list || !holdsParagraph(element));
	}

	/**
	 * Whether a link-heavy container still holds a paragraph of plain text: the column of
	 * a short (or paywalled) article next to a long list of links to other stories.
	 */
	private boolean holdsParagraph(Element element) {
		// the element and its descendants in document order, as getElementsByTag("p")
		// would list them, without collecting them first: the first paragraph decides
		Element e = element;
		while (e != null) {
			if (e.nameIs("p") && isParagraphOfText(e)) {
				return true;
			}
			e = nextInSubtree(e, element);
		}
		return false;
	}

	private boolean isParagraphOfText(Element p) {
		int text = this.stats.text(p);
		return text - this.stats.links(p) >= MIN_PARAGRAPH && this.stats.linkDensity(p) < 0.2
				&& !this.marks.containsKey(p);
	}

	/** The element after {@code e} in document order within {@code root}, or null. */
	private static @Nullable Element nextInSubtree(Element e, Element root) {
		Element child = e.firstElementChild();
		if (child != null) {
			return child;
		}
		for (Element at = e; at != root; at = at.parent()) {
			Element sibling = at.nextElementSibling();
			if (sibling != null) {
				return sibling;
			}
		}
		return null;
	}

	private void flush(Element parent, List<Node> run, @Nullable BlockKind context, boolean inLink) {
		if (run.isEmpty()) {
			return;
		}
		Collected collected = TextCollector.collect(run, this.marks, this.stats);
		if (!collected.text().isEmpty()) {
			BlockKind kind = context != null ? context : BlockKind.PARAGRAPH;
			this.units.add(Unit.text(parent, kind, collected.text(), List.copyOf(run),
					inLink ? collected.text().length() : collected.linkChars()));
		}
		run.clear();
	}

	private void leaf(Element element, BlockKind kind, boolean inLink, boolean hasImage) {
		if (hasImage) {
			images(element);
		}
		Collected collected = TextCollector.collect(element, this.marks, this.stats);
		if (collected.sawMarked()) {
			for (Element marked : element.getAllElements()) {
				if (marked != element && this.marks.containsKey(marked) && marked.parent() != null) {
					marked.remove();
				}
			}
		}
		if (!collected.text().isEmpty()) {
			this.units.add(Unit.text(element, kind, collected.text(), null,
					inLink ? collected.text().length() : collected.linkChars()));
		}
	}

	private void images(Element container) {
		for (Element img : container.getElementsByTag("img")) {
			if (!isMarkedWithin(img, container)) {
				this.units.add(Unit.image(img));
			}
		}
	}

	private boolean isMarkedWithin(Element element, Element container) {
		for (Element e = element; e != null && e != container; e = e.parent()) {
			if (this.marks.containsKey(e)) {
				return true;
			}
		}
		return false;
	}

	/** A caption element: its text, with any credit inside it split off. */
	private void caption(Element element) {
		StringBuilder credit = null;
		for (Element child : element.getAllElements()) {
			if (child != element && this.signals.of(child) == Verdict.CREDIT && !this.marks.containsKey(child)) {
				String text = TextCollector.collect(child, this.marks, this.stats).text();
				if (!text.isEmpty()) {
					credit = credit == null ? new StringBuilder(text) : credit.append(' ').append(text);
					this.marks.put(child, Boolean.FALSE);
				}
			}
		}
		String text = TextCollector.collect(element, this.marks, this.stats).text();
		if (!text.isEmpty() || credit != null) {
			this.units.add(Unit.caption(element, text, credit != null ? credit.toString() : null));
		}
	}

	static BlockKind kindOf(String tag, @Nullable BlockKind context) {
		return switch (tag) {
			case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
			case "li", "dd" -> BlockKind.LIST_ITEM;
			case "blockquote" -> BlockKind.QUOTE;
			case "pre" -> BlockKind.PREFORMATTED;
			default -> context != null ? context : BlockKind.PARAGRAPH;
		};
	}

}
