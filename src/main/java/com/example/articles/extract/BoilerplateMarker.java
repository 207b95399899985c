package com.example.articles.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import com.example.articles.extract.ClassSignals.Verdict;

/**
 * Marks the subtrees of a page that are not article text: invisible or non-text elements
 * (silently) and page chrome found by tag, ARIA role or class/id naming (recorded when
 * they sit inside the article). Marks instead of removing, so that the body assembler can
 * report what it dropped from inside the article.
 */
final class BoilerplateMarker {

	private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl", "table");

	private static final Set<String> INLINE_TAGS = Set.of("span", "a", "em", "strong", "b", "i", "font", "small", "u",
			"mark", "abbr", "cite", "q", "sup", "sub", "label");

	/** Chrome by tag alone. */
	private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu", "form");

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
		NodeTraversor.filter(new NodeFilter() {

			@Override
			public FilterResult head(Node node, int depth) {
				if (!(node instanceof Element element)) {
					return FilterResult.SKIP_CHILDREN;
				}
				if (element == body) {
					return FilterResult.CONTINUE;
				}
				String tag = element.normalName();
				if (tag.equals("noscript") && stats.text(element) - stats.links(element) > 300) {
					// pages that render with script keep their text here for everyone
					// else
					return FilterResult.CONTINUE;
				}
				if (Tags.NON_CONTENT.contains(tag) || isHidden(element)) {
					marks.put(element, Boolean.FALSE);
					return FilterResult.SKIP_ENTIRELY;
				}
				if (relaxed || tag.equals("img") || tag.equals("br")) {
					return FilterResult.CONTINUE;
				}
				double share = (double) (stats.text(element) - stats.links(element)) / pageText;
				Verdict verdict = signals.of(element);
				boolean chrome = switch (verdict) {
					case STRONG_BOILERPLATE -> true;
					case WEAK_BOILERPLATE, SHAPE_BOILERPLATE -> true;
					case CONTENT, CAPTION, CREDIT -> false;
					case NEUTRAL -> CHROME_TAGS.contains(tag);
				};
				if (verdict != Verdict.STRONG_BOILERPLATE && chrome && tag.equals("article")) {
					chrome = false;
				}
				if (chrome && verdict != Verdict.STRONG_BOILERPLATE
						&& (LIST_TAGS.contains(tag) || tag.equals("header") || verdict == Verdict.SHAPE_BOILERPLATE)
						&& stats.linkDensity(element) < 0.3 && (stats.text(element) - stats.links(element) > 150
								|| (verdict == Verdict.SHAPE_BOILERPLATE && keptBoxes.contains(element.parent())))) {
					// a list, header or info box of real text (ingredients, steps, an
					// intro), not a menu
					chrome = false;
					if (verdict == Verdict.SHAPE_BOILERPLATE) {
						keptBoxes.add(element);
					}
				}
				if (chrome && INLINE_TAGS.contains(tag) && stats.text(element) > 150) {
					// a styled run of words inside a paragraph, whatever its class says
					chrome = false;
				}
				if (chrome && verdict != Verdict.STRONG_BOILERPLATE && !CHROME_TAGS.contains(tag) && share > 0.25
						&& stats.linkDensity(element) < 0.5) {
					// a weak name ("box", "meta") on an element holding much of the text
					chrome = false;
				}
				if (chrome && share > WRAPPER_SHARE && stats.linkDensity(element) < 0.5) {
					chrome = false;
				}
				if (chrome && share > 0.25 && holdsArticleBody(element)) {
					chrome = false;
				}
				if (chrome) {
					marks.put(element, Boolean.TRUE);
					return FilterResult.SKIP_ENTIRELY;
				}
				return FilterResult.CONTINUE;
			}
		}, body);
		return marks;
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
