package com.example.articles.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

import com.example.articles.extract.ClassSignals.Verdict;

/**
 * Marks the subtrees of a page that are not article text: invisible or non-text elements
 * (silently) and page chrome found by tag, ARIA role or class/id naming (recorded when
 * they sit inside the article). Marks instead of removing, so that the body assembler can
 * report what it dropped from inside the article.
 */
final class BoilerplateMarker {

	private static final Tags.Group LIST_TAGS = new Tags.Group(Set.of("ul", "ol", "dl", "table"));

	private static final Tags.Group INLINE_TAGS = new Tags.Group(Set.of("span", "a", "em", "strong", "b", "i", "font",
			"small", "u", "mark", "abbr", "cite", "q", "sup", "sub", "label"));

	/** Chrome by tag alone. */
	private static final Tags.Group CHROME_TAGS = new Tags.Group(
			Set.of("nav", "aside", "footer", "header", "menu", "form"));

	/**
	 * An element holding more than this share of the page's non-link text is kept
	 * whatever its name says: it is a layout wrapper ("has-sidebar"), not a box beside
	 * the article.
	 */
	private static final double WRAPPER_SHARE = 0.6;

	private BoilerplateMarker() {
	}

	/** Marks; the value is true for chrome worth reporting, false for silent skips. */
	static Map<Element, Boolean> mark(Element body, ElementStats stats, ClassSignals signals, boolean relaxed) {
		Map<Element, Boolean> marks = new IdentityHashMap<>();
		// shape-named boxes kept for their text: their shape-named parts (the items of a
		// list of steps) are kept with them
		Set<Element> keptBoxes = Collections.newSetFromMap(new IdentityHashMap<>());
		int pageText = Math.max(1, stats.text(body) - stats.links(body));
		// the elements of the body in document order, children by index (what
		// NodeTraversor.filter does, without a sibling-index lookup per step): the open
		// elements and the index of the next child to visit of each
		Element[] open = new Element[64];
		int[] next = new int[64];
		open[0] = body;
		next[0] = 0;
		int depth = 0;
		while (depth >= 0) {
			Element parent = open[depth];
			int index = next[depth];
			if (index >= parent.childNodeSize()) {
				depth--;
				continue;
			}
			next[depth] = index + 1;
			if (!(parent.childNode(index) instanceof Element element)) {
				continue;
			}
			if (visit(element, stats, signals, relaxed, pageText, marks, keptBoxes)) {
				depth++;
				if (depth == open.length) {
					open = Arrays.copyOf(open, depth * 2);
					next = Arrays.copyOf(next, depth * 2);
				}
				open[depth] = element;
				next[depth] = 0;
			}
		}
		return marks;
	}

	/** Marks one element if it is chrome; whether to go on into its children. */
	private static boolean visit(Element element, ElementStats stats, ClassSignals signals, boolean relaxed,
			int pageText, Map<Element, Boolean> marks, Set<Element> keptBoxes) {
		String tag = element.normalName();
		int slot = stats.slot(element);
		int text = stats.textAt(slot);
		int plain = text - stats.linksAt(slot);
		if (tag.equals("noscript") && plain > 300) {
			// pages that render with script keep their text here for everyone else
			return true;
		}
		if (Tags.isNonContent(tag) || isHidden(element)) {
			marks.put(element, Boolean.FALSE);
			return false;
		}
		if (relaxed || tag.equals("img") || tag.equals("br")) {
			return true;
		}
		double share = (double) plain / pageText;
		// what ElementStats.linkDensity gives
		double linkDensity = text == 0 ? 0 : (double) (text - plain) / text;
		Verdict verdict = signals.of(element);
		boolean chromeTag = CHROME_TAGS.contains(tag);
		boolean chrome = switch (verdict) {
			case STRONG_BOILERPLATE -> true;
			case WEAK_BOILERPLATE, SHAPE_BOILERPLATE -> true;
			case CONTENT, CAPTION, CREDIT -> false;
			case NEUTRAL -> chromeTag;
		};
		if (!chrome) {
			return true;
		}
		if (verdict != Verdict.STRONG_BOILERPLATE && tag.equals("article")) {
			chrome = false;
		}
		if (chrome && verdict != Verdict.STRONG_BOILERPLATE
				&& (LIST_TAGS.contains(tag) || tag.equals("header") || verdict == Verdict.SHAPE_BOILERPLATE)
				&& linkDensity < 0.3
				&& (plain > 150 || (verdict == Verdict.SHAPE_BOILERPLATE && keptBoxes.contains(element.parent())))) {
			// a list, header or info box of real text (ingredients, steps, an intro), not
			// a menu
			chrome = false;
			if (verdict == Verdict.SHAPE_BOILERPLATE) {
				keptBoxes.add(element);
			}
		}
		if (chrome && INLINE_TAGS.contains(tag) && text > 150) {
			// a styled run of words inside a paragraph, whatever its class says
			chrome = false;
		}
		if (chrome && verdict != Verdict.STRONG_BOILERPLATE && !chromeTag && share > 0.25 && linkDensity < 0.5) {
			// a weak name ("box", "meta") on an element holding much of the text
			chrome = false;
		}
		if (chrome && share > WRAPPER_SHARE && linkDensity < 0.5) {
			chrome = false;
		}
		if (chrome && share > 0.25 && holdsArticleBody(element)) {
			chrome = false;
		}
		if (chrome) {
			marks.put(element, Boolean.TRUE);
			return false;
		}
		return true;
	}

	private static boolean holdsArticleBody(Element element) {
		return element.selectFirst("[itemprop=articleBody], main, article") != null;
	}

	static boolean isHidden(Element element) {
		if (element.hasAttr("hidden")) {
			return true;
		}
		String style = element.attr("style");
		if (style.isEmpty()) {
			return false;
		}
		String lower = style.toLowerCase(Locale.ROOT).replace(" ", "");
		return lower.contains("display:none") || lower.contains("visibility:hidden");
	}

}
