package com.example.articles.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import com.example.articles.extract.ClassSignals.Verdict;

/**
 * Finds the element that holds the article: the subtree that gains the most article-like
 * text (longer blocks with few links) for the least chrome-like text (link lists, short
 * fragments). Every text unit adds its gain and cost to all its ancestors once, so the
 * search is linear in units times depth.
 */
final class ContentRootFinder {

	private static final int FRAGMENT = 50;

	/** A content root shorter than this may be one line of a short post. */
	private static final int SHORT_ROOT = 200;

	/** The longest post taken in around a short root. */
	private static final int MAX_SHORT_POST = 2000;

	/** The least article-like text a sibling of the root must hold to join it. */
	private static final double SIBLING_MIN = 100;

	/** Weight of chrome-like text against article-like text. */
	private static final double COST_WEIGHT = 1.0;

	private ContentRootFinder() {
	}

	/**
	 * The content root, plus those of its siblings that hold article-like text on their
	 * own (a lead paragraph or a second body part the root's parent could not take in
	 * without also taking chrome).
	 */
	static List<Element> findWithSiblings(List<Unit> units, Element body, ClassSignals signals, ElementStats stats) {
		Map<Element, double[]> scores = new IdentityHashMap<>();
		Element root = postAround(find(units, body, signals, scores), body, signals, stats);
		Element parent = root.parent();
		if (parent == null || root == body) {
			return List.of(root);
		}
		double[] rootScore = scores.get(root);
		double rootValue = rootScore != null ? rootScore[0] - COST_WEIGHT * rootScore[1] : 0;
		List<Element> roots = new ArrayList<>();
		for (Element sibling : parent.children()) {
			if (sibling == root) {
				roots.add(root);
				continue;
			}
			double[] score = scores.get(sibling);
			if (score != null && score[0] - COST_WEIGHT * score[1] > Math.max(SIBLING_MIN, 0.1 * rootValue)
					&& score[1] < 0.1 * score[0]) {
				roots.add(sibling);
			}
		}
		return roots;
	}

	/**
	 * A post of a few short lines has no line long enough to count as article text, so
	 * the best root is one of its lines (or a stray box elsewhere). When the best root
	 * holds less than {@value #SHORT_ROOT} characters, the nearest enclosing element
	 * named as the post or article is the root instead, as long as it is small itself and
	 * not made of links.
	 */
	private static Element postAround(Element root, Element body, ClassSignals signals, ElementStats stats) {
		if (stats.text(root) >= SHORT_ROOT) {
			return root;
		}
		for (Element e = root.parent(); e != null && e != body; e = e.parent()) {
			if (stats.text(e) > MAX_SHORT_POST || stats.linkDensity(e) > 0.5) {
				break;
			}
			if (e.nameIs("article") || signals.of(e) == Verdict.CONTENT) {
				return e;
			}
		}
		return root;
	}

	static Element find(List<Unit> units, Element body, ClassSignals signals) {
		return find(units, body, signals, new IdentityHashMap<>());
	}

	private static Element find(List<Unit> units, Element body, ClassSignals signals, Map<Element, double[]> scores) {
		for (Unit unit : units) {
			if (unit.type() != Unit.Type.TEXT) {
				continue;
			}
			double gain = gain(unit);
			double cost = cost(unit);
			if (gain == 0 && cost == 0) {
				continue;
			}
			for (Element e = unit.anchor(); e != null; e = e.parent()) {
				double[] score = scores.computeIfAbsent(e, k -> new double[2]);
				score[0] += gain;
				score[1] += cost;
				if (e == body) {
					break;
				}
			}
		}
		Element best = body;
		double bestScore = Double.NEGATIVE_INFINITY;
		int bestDepth = 0;
		for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
			Element element = entry.getKey();
			double[] score = entry.getValue();
			double value = score[0] - COST_WEIGHT * score[1];
			if (signals.of(element) == Verdict.CONTENT) {
				value += 0.1 * score[0];
			}
			int depth = depth(element);
			if (value > bestScore || (value == bestScore && depth > bestDepth)) {
				best = element;
				bestScore = value;
				bestDepth = depth;
			}
		}
		return best;
	}

	private static int depth(Element element) {
		int depth = 0;
		for (Element e = element.parent(); e != null; e = e.parent()) {
			depth++;
		}
		return depth;
	}

	/**
	 * Article-like text of a unit: its words beyond the first {@value #FRAGMENT}
	 * characters, so that a long paragraph counts fully and a teaser line next to
	 * nothing.
	 */
	static double gain(Unit unit) {
		double density = unit.linkDensity();
		if (density > 0.5 || unit.kind() == BlockKind.HEADING) {
			return 0;
		}
		double own = unit.text().length() * (1 - density);
		if (unit.kind() == BlockKind.LIST_ITEM && density < 0.2) {
			// items of a list of text (ingredients, steps) are short by nature
			return own * 0.5;
		}
		return Math.max(0, own - FRAGMENT);
	}

	/**
	 * Cells of a data table are short by nature: a table of names or figures inside an
	 * article is no pile of teaser fragments.
	 */
	private static boolean isTableCell(Element anchor) {
		return anchor.nameIs("td") || anchor.nameIs("th");
	}

	/** Chrome-like text of a unit. */
	static double cost(Unit unit) {
		int length = unit.text().length();
		double density = unit.linkDensity();
		if (density > 0.5) {
			return length;
		}
		if (length < 30 && unit.kind() != BlockKind.HEADING && unit.kind() != BlockKind.LIST_ITEM
				&& !isTableCell(unit.anchor())) {
			return 10;
		}
		return unit.linkChars() * 0.5;
	}

}
