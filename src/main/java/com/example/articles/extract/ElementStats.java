package com.example.articles.extract;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length and a few structural flags of every element of a page,
 * counted bottom-up in one pass so that later steps never call {@code Element.text()} in
 * a loop. One instance per extraction (not thread-safe).
 *
 * <p>
 * The counts live in an open-addressing table keyed by element identity, with the values
 * in parallel arrays: the marker, the segmenter and the root finder ask about every
 * element several times, and a probe of these arrays costs less than an
 * {@code IdentityHashMap} lookup that returns a small array allocated per element.
 */
final class ElementStats {

	static final int HAS_BLOCK = 1;

	static final int HAS_IMAGE = 2;

	/**
	 * A text child of the element itself (not of a descendant) that is not collapsed
	 * already: see {@link Texts#measure}.
	 */
	private static final int UNCOLLAPSED_TEXT = 4;

	/**
	 * A text in the subtree holds a character from U+0300 up: see {@link Texts#measure}.
	 */
	private static final int FROM_U0300 = 8;

	private final Element[] keys;

	private final int[] text;

	private final int[] links;

	private final int[] flags;

	/** Verdicts of {@link ClassSignals} by slot, kept here for them; made when asked. */
	private ClassSignals.Verdict @Nullable [] verdicts;

	private ElementStats(Element[] keys, int[] text, int[] links, int[] flags) {
		this.keys = keys;
		this.text = text;
		this.links = links;
		this.flags = flags;
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

	/** Where an element sits in a table of this capacity: start of its probe sequence. */
	private static int home(Element element, int mask) {
		int h = System.identityHashCode(element);
		// identity hashes are random, but spread the high bits in for small tables
		return (h ^ (h >>> 16)) & mask;
	}

	/**
	 * Counts as a walk visits the nodes of one subtree, so that another walk (the page
	 * facts') can count on the way: {@link #head} and {@link #tail} for every node of the
	 * subtree, in document order.
	 */
	static final class Builder {

		// the counted elements and their counts in the order the walk left them; put in
		// the table by build, once the count of elements (and so the table's size) is
		// known, instead of rehashing as the table fills
		private Element[] counted = new Element[1024];

		private int[] countedText = new int[1024];

		private int[] countedLinks = new int[1024];

		private int[] countedFlags = new int[1024];

		private int size;

		/**
		 * Counts of the open elements, innermost last: text, links and flags by depth.
		 */
		private int[] openText = new int[64];

		private int[] openLinks = new int[64];

		private int[] openFlags = new int[64];

		private int depth;

		private int anchorDepth;

		void head(Node node) {
			if (node instanceof Element element) {
				if (this.depth == this.openText.length) {
					this.openText = Arrays.copyOf(this.openText, this.depth * 2);
					this.openLinks = Arrays.copyOf(this.openLinks, this.depth * 2);
					this.openFlags = Arrays.copyOf(this.openFlags, this.depth * 2);
				}
				int d = this.depth++;
				this.openText[d] = 0;
				this.openLinks[d] = 0;
				this.openFlags[d] = 0;
				if (element.nameIs("a")) {
					this.anchorDepth++;
				}
			}
			else if (node instanceof TextNode textNode && this.depth > 0) {
				int measured = Texts.measure(textNode.getWholeText());
				int n = measured & ~(Texts.NOT_COLLAPSED | Texts.FROM_U0300);
				int top = this.depth - 1;
				if ((measured & Texts.NOT_COLLAPSED) != 0) {
					this.openFlags[top] |= UNCOLLAPSED_TEXT;
				}
				if ((measured & Texts.FROM_U0300) != 0) {
					this.openFlags[top] |= FROM_U0300;
				}
				this.openText[top] += n;
				if (this.anchorDepth > 0) {
					this.openLinks[top] += n;
				}
			}
		}

		void tail(Node node) {
			if (node instanceof Element element) {
				int d = --this.depth;
				int ownText = this.openText[d];
				int ownLinks = this.openLinks[d];
				int ownFlags = this.openFlags[d];
				put(element, ownText, ownLinks, ownFlags);
				String tag = element.normalName();
				if (tag.equals("a")) {
					this.anchorDepth--;
				}
				if (d > 0) {
					int parent = d - 1;
					this.openText[parent] += ownText;
					this.openLinks[parent] += ownLinks;
					int parentFlags = this.openFlags[parent] | (ownFlags & ~UNCOLLAPSED_TEXT);
					if (Tags.isBlock(tag)) {
						parentFlags |= HAS_BLOCK;
					}
					if (tag.equals("img")) {
						parentFlags |= HAS_IMAGE;
					}
					this.openFlags[parent] = parentFlags;
				}
			}
		}

		private void put(Element element, int ownText, int ownLinks, int ownFlags) {
			int n = this.size;
			if (n == this.counted.length) {
				this.counted = Arrays.copyOf(this.counted, n * 2);
				this.countedText = Arrays.copyOf(this.countedText, n * 2);
				this.countedLinks = Arrays.copyOf(this.countedLinks, n * 2);
				this.countedFlags = Arrays.copyOf(this.countedFlags, n * 2);
			}
			this.counted[n] = element;
			this.countedText[n] = ownText;
			this.countedLinks[n] = ownLinks;
			this.countedFlags[n] = ownFlags;
			this.size = n + 1;
		}

		ElementStats build() {
			// at most half full, as when the table grew by doubling from 1024
			int capacity = 1024;
			while (2 * this.size > capacity) {
				capacity *= 2;
			}
			Element[] keys = new Element[capacity];
			int[] text = new int[capacity];
			int[] links = new int[capacity];
			int[] flags = new int[capacity];
			int mask = capacity - 1;
			for (int j = 0; j < this.size; j++) {
				Element element = this.counted[j];
				int i = home(element, mask);
				while (true) {
					Element key = keys[i];
					if (key == null) {
						keys[i] = element;
						break;
					}
					if (key == element) {
						// counted again (a walk over a subtree of one counted before):
						// the last count wins, as a map's put would have it
						break;
					}
					i = (i + 1) & mask;
				}
				text[i] = this.countedText[j];
				links[i] = this.countedLinks[j];
				flags[i] = this.countedFlags[j];
			}
			return new ElementStats(keys, text, links, flags);
		}

	}

	/**
	 * The slot of an element in the table, or -1 for an element the walk never saw: a
	 * step that needs several counts of one element looks it up once.
	 */
	int slot(Element element) {
		Element[] keys = this.keys;
		int mask = keys.length - 1;
		int i = home(element, mask);
		while (true) {
			Element key = keys[i];
			if (key == element) {
				return i;
			}
			if (key == null) {
				return -1;
			}
			i = (i + 1) & mask;
		}
	}

	/** The text count at a slot ({@link #slot}; 0 for -1). */
	int textAt(int slot) {
		return slot < 0 ? 0 : this.text[slot];
	}

	/** The link text count at a slot ({@link #slot}; 0 for -1). */
	int linksAt(int slot) {
		return slot < 0 ? 0 : this.links[slot];
	}

	/**
	 * The flags ({@link #HAS_BLOCK}, {@link #HAS_IMAGE}) of an element; 0 if never seen.
	 */
	int flags(Element element) {
		int slot = slot(element);
		return slot < 0 ? 0 : this.flags[slot] & (HAS_BLOCK | HAS_IMAGE);
	}

	int text(Element element) {
		int slot = slot(element);
		return slot < 0 ? 0 : this.text[slot];
	}

	int links(Element element) {
		int slot = slot(element);
		return slot < 0 ? 0 : this.links[slot];
	}

	double linkDensity(Element element) {
		int slot = slot(element);
		if (slot < 0) {
			return 0;
		}
		int all = this.text[slot];
		return all == 0 ? 0 : (double) this.links[slot] / all;
	}

	boolean hasBlockDescendant(Element element) {
		int slot = slot(element);
		return slot >= 0 && (this.flags[slot] & HAS_BLOCK) != 0;
	}

	/** The verdict kept for a counted element, or null. */
	ClassSignals.@Nullable Verdict verdict(Element element) {
		ClassSignals.Verdict[] kept = this.verdicts;
		if (kept == null) {
			return null;
		}
		int slot = slot(element);
		return slot < 0 ? null : kept[slot];
	}

	/** Keeps the verdict of a counted element; false for an element never counted. */
	boolean keepVerdict(Element element, ClassSignals.Verdict verdict) {
		int slot = slot(element);
		if (slot < 0) {
			return false;
		}
		ClassSignals.Verdict[] kept = this.verdicts;
		if (kept == null) {
			kept = new ClassSignals.Verdict[this.keys.length];
			this.verdicts = kept;
		}
		kept[slot] = verdict;
		return true;
	}

	/**
	 * Whether the element's own text children were all collapsed already when counted
	 * (false for an element never counted).
	 */
	boolean hasCollapsedText(Element element) {
		int slot = slot(element);
		return slot >= 0 && (this.flags[slot] & UNCOLLAPSED_TEXT) == 0;
	}

	/**
	 * Whether the text of the element's subtree may hold a character from U+0300 up (true
	 * for an element never counted).
	 */
	boolean mayHoldFromU0300(Element element) {
		int slot = slot(element);
		return slot < 0 || (this.flags[slot] & FROM_U0300) != 0;
	}

	boolean hasImage(Element element) {
		int slot = slot(element);
		return slot >= 0 && (this.flags[slot] & HAS_IMAGE) != 0;
	}

}
