package com.example.articles.extract;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** HTML tag groups the extraction steps reason about. */
final class Tags {

	/** Elements that start a new block of text (the rest flow inline). */
	static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
			"details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
			"h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
			"section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "summary", "noscript",
			"video", "audio", "picture", "iframe", "html");

	/**
	 * Never text of an article; skipped without a trace. Ruby annotations ({@code rt},
	 * {@code rp}: the reading printed above Japanese or Chinese characters) are not part
	 * of the sentence they annotate.
	 */
	static final Set<String> NON_CONTENT = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
			"object", "embed", "button", "input", "select", "textarea", "option", "link", "meta", "map", "area",
			"video", "audio", "source", "track", "head", "title", "math", "dialog", "rt", "rp");

	static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private static final Group BLOCK_GROUP = new Group(BLOCK);

	private static final Group NON_CONTENT_GROUP = new Group(NON_CONTENT);

	private Tags() {
	}

	/** Whether a tag is in {@link #BLOCK}; asked of every element by several walks. */
	static boolean isBlock(String tag) {
		return BLOCK_GROUP.contains(tag);
	}

	/** Whether a tag is in {@link #NON_CONTENT}. */
	static boolean isNonContent(String tag) {
		return NON_CONTENT_GROUP.contains(tag);
	}

	/**
	 * A fixed set of names looked up by the name's own (cached) hash in a table with one
	 * name per slot: a mask and a compare, where {@code Set.of} takes a division and a
	 * probe loop. The table grows until no two names share a slot.
	 */
	static final class Group {

		private final String[] table;

		private final int shift;

		Group(Set<String> names) {
			for (int bits = Math.max(4, 32 - Integer.numberOfLeadingZeros(names.size())); bits <= 12; bits++) {
				for (int shift = 0; shift < 32; shift++) {
					String[] table = fill(names, bits, shift);
					if (table != null) {
						this.table = table;
						this.shift = shift;
						return;
					}
				}
			}
			throw new IllegalArgumentException("no table without collisions for " + names);
		}

		private static String @Nullable [] fill(Set<String> names, int bits, int shift) {
			String[] table = new String[1 << bits];
			for (String name : names) {
				int slot = slot(name, table.length - 1, shift);
				if (table[slot] != null) {
					return null;
				}
				table[slot] = name;
			}
			return table;
		}

		private static int slot(String name, int mask, int shift) {
			int h = name.hashCode();
			return (h ^ (h >>> shift)) & mask;
		}

		boolean contains(String name) {
			String entry = this.table[slot(name, this.table.length - 1, this.shift)];
			return entry != null && (entry == name || entry.equals(name));
		}

	}

}
