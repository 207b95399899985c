package com.example.articles.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds which of a fixed set of lower-case stems occur in a string, in one scan (a
 * character trie walked from every position): much cheaper than a regex alternation of a
 * hundred literals, which the class-name classifier would otherwise run per element.
 * Immutable once built; thread-safe.
 */
final class StemMatcher {

	private final Node root = new Node();

	StemMatcher(Map<String, Integer> stems) {
		for (Map.Entry<String, Integer> stem : stems.entrySet()) {
			Node node = this.root;
			for (int i = 0; i < stem.getKey().length(); i++) {
				node = node.children.computeIfAbsent(stem.getKey().charAt(i), c -> new Node());
			}
			node.flags |= stem.getValue();
		}
	}

	/** The OR of the flags of all stems found in {@code text}. */
	int flags(String text) {
		int flags = 0;
		for (int start = 0; start < text.length(); start++) {
			Node node = this.root;
			for (int i = start; i < text.length(); i++) {
				node = node.children.get(text.charAt(i));
				if (node == null) {
					break;
				}
				flags |= node.flags;
			}
		}
		return flags;
	}

	private static final class Node {

		private final Map<Character, Node> children = new HashMap<>(4);

		private int flags;

	}

}
