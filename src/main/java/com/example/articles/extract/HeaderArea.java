package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The short lines a page prints right around its headline, where readers see the byline
 * and the dateline: the nodes after the headline in document order until the body text
 * starts (a long paragraph) or a few dozen elements have passed, and the two elements
 * before it (a dateline above the headline). Only this small area is read, so a name or a
 * date elsewhere on the page (related stories, comments, footers) is never taken.
 */
final class HeaderArea {

	/** Elements read after the headline at most. */
	private static final int MAX_ELEMENTS = 60;

	/** A line longer than this is body text, not a byline or dateline. */
	static final int MAX_LINE = 200;

	/** Byline candidates kept at most. */
	private static final int MAX_BYLINES = 4;

	/** A paragraph longer than this is body text. */
	private static final int BODY_LINE = 150;

	/** Descendants read at most to get the text of one element. */
	private static final int MAX_TEXT_NODES = 200;

	private static final Pattern BY_LINE = Pattern.compile("(?:By|BY|Written by)\\s+\\p{Lu}");

	// mayBeByLabel must let through every text this matches: change the two together
	private static final Pattern BY_LABEL = Pattern.compile("(?i)\\W*(?:by|written by|author)\\W*");

	/** Short texts in reading order: whole short elements and loose text nodes. */
	final List<String> lines;

	/**
	 * The first few elements that read as a byline (marked as one, or starting "By"), in
	 * reading order; the reader of names decides which one names people.
	 */
	final List<Element> bylines;

	private HeaderArea(List<String> lines, List<Element> bylines) {
		this.lines = lines;
		this.bylines = bylines;
	}

	static HeaderArea empty() {
		return new HeaderArea(List.of(), List.of());
	}

	static HeaderArea around(Element headline) {
		List<String> lines = new ArrayList<>();
		List<Element> bylines = new ArrayList<>(MAX_BYLINES);
		int elements = 0;
		boolean afterUpdateLabel = false;
		Node node = nextSkippingChildren(headline);
		while (node != null && elements < MAX_ELEMENTS) {
			if (node instanceof TextNode textNode) {
				if (isLayoutWhitespace(textNode)) {
					// the indentation between elements: no line, no label
					node = nextSkippingChildren(node);
					continue;
				}
				String text = Texts.collapse(textNode.text());
				if (text.length() > MAX_LINE) {
					break;
				}
				if (Dates.isUpdateLine(text)) {
					// "Updated <time>...</time>": the time that follows is the
					// modification
					afterUpdateLabel = true;
				}
				else if (!text.isEmpty()) {
					lines.add(text);
				}
				node = nextSkippingChildren(node);
				continue;
			}
			if (!(node instanceof Element element)) {
				node = nextSkippingChildren(node);
				continue;
			}
			elements++;
			if (isInvisible(element) || afterUpdateLabel) {
				afterUpdateLabel = false;
				node = nextSkippingChildren(element);
				continue;
			}
			String text = boundedText(element);
			if (text == null) {
				if (element.nameIs("p")) {
					// the body has started
					break;
				}
				node = element.childNodeSize() > 0 ? element.childNode(0) : nextSkippingChildren(element);
				continue;
			}
			if (element.nameIs("p") && text.length() > BODY_LINE) {
				// a paragraph of body text: the header is over
				break;
			}
			if (Dates.isUpdateLine(text)) {
				// the modification time and its parts
				node = nextSkippingChildren(element);
				continue;
			}
			if (!text.isEmpty()) {
				if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(text)) {
					// a wrapper and its only child print the same line
					lines.add(text);
				}
				if (bylines.size() < MAX_BYLINES && looksLikeByline(element, text)) {
					bylines.add(element);
				}
			}
			node = element.childNodeSize() > 0 ? element.childNode(0) : nextSkippingChildren(element);
		}
		Element previous = headline.previousElementSibling();
		for (int i = 0; i < 2 && previous != null; i++, previous = previous.previousElementSibling()) {
			String text = boundedText(previous);
			if (text != null && !text.isEmpty()) {
				lines.add(text);
			}
		}
		return new HeaderArea(lines, bylines);
	}

	private static boolean looksLikeByline(Element element, String text) {
		if (text.length() > 150) {
			return false;
		}
		// both expressions need a B or W, the label also an A, as the first letter
		char first = text.isEmpty() ? ' ' : text.charAt(0);
		if ((first == 'B' || first == 'W') && BY_LINE.matcher(text).lookingAt()) {
			return true;
		}
		if (mayBeByLabel(text) && BY_LABEL.matcher(text).matches()) {
			// "By" alone, in front of the element with the names
			return false;
		}
		String classes = element.className();
		if (classes.isEmpty()) {
			return false;
		}
		String lower = classes.toLowerCase(Locale.ROOT);
		return (lower.contains("byline") || lower.contains("author")) && !lower.contains("avatar")
				&& !lower.contains("image") && !lower.contains("photo") && !lower.contains("bio");
	}

	/**
	 * False when {@link #BY_LABEL} cannot match: the first ASCII letter, digit or
	 * underscore (what its \\W* cannot take) must start "by", "written by" or "author"
	 * (ASCII case only).
	 */
	static boolean mayBeByLabel(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
				int lower = c | 0x20;
				return lower == 'b' || lower == 'w' || lower == 'a';
			}
		}
		return false;
	}

	private static boolean isInvisible(Element element) {
		return element.nameIs("script") || element.nameIs("style") || element.nameIs("noscript")
				|| element.nameIs("template") || element.nameIs("svg") || element.nameIs("iframe")
				|| element.nameIs("select") || element.nameIs("button");
	}

	/**
	 * The collapsed text of an element, or null when it is longer than a line (without
	 * reading more of it than that).
	 */
	static @Nullable String boundedText(Element element) {
		// What this gives: the raw text of the text nodes (those blank once normalized
		// left out), each after a space, a space for each block element once there is
		// text, without soft hyphens, collapsed; null when that is longer than a line, or
		// when more than MAX_TEXT_NODES nodes or more than MAX_LINE * 2 chars of
		// normalized text (Jsoup's TextNode.text()) would have to be read. The text is
		// collapsed while it is read, in one pass over each text node.
		BoundedLine line = new BoundedLine();
		int nodes = 0;
		Node node = element.childNodeSize() > 0 ? element.childNode(0) : null;
		while (node != null) {
			if (++nodes > MAX_TEXT_NODES) {
				return null;
			}
			if (node instanceof TextNode textNode) {
				// the indentation between tags is blank once normalized: not read
				if (!isLayoutWhitespace(textNode) && !line.appendPart(textNode.getWholeText())) {
					return null;
				}
			}
			else if (node instanceof Element child && child.isBlock() && line.length > 0) {
				line.appendBlockSpace();
			}
			if (node instanceof Element child && !isInvisible(child) && child.childNodeSize() > 0) {
				node = child.childNode(0);
				continue;
			}
			node = nextWithin(node, element);
		}
		return line.text();
	}

	/**
	 * The collapsed text of {@link #boundedText} as it is read: collapsed text so far,
	 * and the normalized length read so far (which bounds the reading).
	 */
	private static final class BoundedLine {

		private final StringBuilder text = new StringBuilder();

		/** The normalized length read: parts (each with its space) and block spaces. */
		int length;

		/**
		 * Appends one text node's raw text after a space, unless its normalized text is
		 * blank; false when the line is already too long (the text is null).
		 */
		boolean appendPart(String part) {
			StringBuilder sb = this.text;
			int before = sb.length();
			appendSpace();
			// suppress: whether a space here is dropped (at the start or after a space)
			boolean suppress = sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ';
			int partLength = 0;
			boolean lastWasWhite = false;
			boolean blank = true;
			int end = part.length();
			int run = 0;
			for (int i = 0; i < end; i++) {
				if (!blank && sb.length() + (i - run) > MAX_LINE + 1) {
					// the part is read (not blank), and the collapsed text (sb and the
					// run of chars kept as they are) is already longer than a line
					return false;
				}
				char c = part.charAt(i);
				if (c > ' ' && c < '\u00A0') {
					// printable ASCII: by far the most common
					partLength++;
					lastWasWhite = false;
					blank = false;
					suppress = false;
					continue;
				}
				// the normalized length (HeaderArea.normalizedLength, char by char: a
				// surrogate pair counts two and is not whitespace either way)
				if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0') {
					if (!lastWasWhite) {
						partLength++;
						lastWasWhite = true;
					}
				}
				else if (c != '\u200B' && c != '\u00AD') {
					partLength++;
					lastWasWhite = false;
					if (blank && !Character.isWhitespace(c)) {
						blank = false;
					}
				}
				// the collapsed text (Texts.appendCollapsed, with the soft hyphen dropped
				// too)
				if (c == ' ' && !suppress) {
					suppress = true;
					continue;
				}
				boolean space = Texts.isSpace(c);
				if (!space && !Texts.isInvisible(c) && c != '\u00AD') {
					suppress = false;
					continue;
				}
				if (i > run) {
					sb.append(part, run, i);
				}
				run = i + 1;
				if (space && !suppress) {
					sb.append(' ');
					suppress = true;
				}
			}
			if (blank) {
				// a blank part is not read: no space for it either
				sb.setLength(before);
				return true;
			}
			if (end > run) {
				sb.append(part, run, end);
			}
			this.length += 1 + partLength;
			// the collapsed text only grows (and loses at most its one trailing space)
			return this.length <= MAX_LINE * 2 && sb.length() <= MAX_LINE + 1;
		}

		void appendBlockSpace() {
			appendSpace();
			this.length++;
		}

		private void appendSpace() {
			StringBuilder sb = this.text;
			if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
				sb.append(' ');
			}
		}

		@Nullable String text() {
			StringBuilder sb = this.text;
			int end = sb.length();
			if (end > 0 && sb.charAt(end - 1) == ' ') {
				end--;
			}
			return end > MAX_LINE ? null : sb.substring(0, end);
		}

	}

	/**
	 * Whether the text node holds only the whitespace HTML source puts between tags
	 * (spaces, tabs, line breaks), which its normalized text turns into at most one
	 * space: most text nodes of a page, told apart here without building that text.
	 */
	static boolean isLayoutWhitespace(TextNode node) {
		String text = node.getWholeText();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The length of the text Jsoup's {@code TextNode.text()} gives for this raw text
	 * (whitespace runs as one space, zero-width spaces and soft hyphens dropped), or -1
	 * when that text is blank; without building it.
	 */
	static int normalizedLength(String raw) {
		int length = 0;
		boolean lastWasWhite = false;
		boolean blank = true;
		int end = raw.length();
		for (int i = 0; i < end;) {
			int cp = raw.codePointAt(i);
			int count = Character.charCount(cp);
			i += count;
			if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\u00A0') {
				if (!lastWasWhite) {
					length++;
					lastWasWhite = true;
				}
			}
			else if (cp != '\u200B' && cp != '\u00AD') {
				length += count;
				lastWasWhite = false;
				if (blank && !Character.isWhitespace(cp)) {
					blank = false;
				}
			}
		}
		return blank ? -1 : length;
	}

	private static @Nullable Node nextWithin(Node node, Element root) {
		Node current = node;
		while (current != null && current != root) {
			Node sibling = current.nextSibling();
			if (sibling != null) {
				return sibling;
			}
			current = current.parent();
		}
		return null;
	}

	private static @Nullable Node nextSkippingChildren(Node node) {
		Node current = node;
		while (current != null) {
			Node sibling = current.nextSibling();
			if (sibling != null) {
				return sibling;
			}
			current = current.parent();
		}
		return null;
	}

}
