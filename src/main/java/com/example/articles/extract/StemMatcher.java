package com.example.articles.extract;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Finds which of a fixed set of lower-case stems occur in a string, in one scan (a
 * character trie walked from every position): much cheaper than a regex alternation of a
 * hundred literals, which the class-name classifier would otherwise run per element.
 * Immutable once built; thread-safe.
 */
final class StemMatcher {

	private final Node root;

	StemMatcher(Map<String, Integer> stems) {
		Builder root = new Builder();
		for (Map.Entry<String, Integer> stem : stems.entrySet()) {
			Builder node = root;
			for (int i = 0; i < stem.getKey().length(); i++) {
				node = node.children.computeIfAbsent(stem.getKey().charAt(i), c -> new Builder());
			}
			node.flags |= stem.getValue();
		}
		this.root = root.build();
	}

	/** The OR of the flags of all stems found in {@code text}. */
	int flags(String text) {
		int flags = 0;
		int length = text.length();
		for (int start = 0; start < length; start++) {
			@Nullable Node node = this.root;
			for (int i = start; i < length; i++) {
				node = node.child(text.charAt(i));
				if (node == null) {
					break;
				}
				flags |= node.flags;
			}
		}
		return flags;
	}

	/**
	 * A trie node: its children in an array indexed by character from the smallest one,
	 * so that a step is an array read, not a boxed map lookup.
	 */
	private static final class Node {

		private final char first;

		private final Node[] children;

		private final int flags;

		Node(char first, Node[] children, int flags) {
			this.first = first;
			this.children = children;
			this.flags = flags;
		}

		@Nullable Node child(char c) {
			int index = c - this.first;
			return index >= 0 && index < this.children.length ? this.children[index] : null;
		}

	}

	private static final class Builder {

		private final Map<Character, Builder> children = new HashMap<>(4);

		private int flags;

		Node build() {
			if (this.children.isEmpty()) {
				return new Node('\0', new Node[0], this.flags);
			}
			char min = Character.MAX_VALUE;
			char max = Character.MIN_VALUE;
			for (char c : this.children.keySet()) {
				min = (char) Math.min(min, c);
				max = (char) Math.max(max, c);
			}
			Node[] table = new Node[max - min + 1];
			for (Map.Entry<Character, Builder> child : this.children.entrySet()) {
				table[child.getKey() - min] = child.getValue().build();
			}
			return new Node(min, table, this.flags);
		}

	}

}
