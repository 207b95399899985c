package com.example.articles.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * The HTML of a unit's nodes exactly as Jsoup's {@code Element.html()} and
 * {@code Node.outerHtml()} write it, for less: Jsoup escapes text one code point at a
 * time through an appendable wrapper, which made serializing the body blocks a few
 * percent of a whole normalization. This writer copies runs of plain characters at once.
 * It covers the nodes body text is made of, in a document with the settings the extractor
 * parses with (no pretty printing, HTML syntax, base entities, UTF-8): HTML elements with
 * valid attribute names, text and comments, text without control characters (but tab,
 * newline, carriage return) or lone surrogates. For anything else it gives {@code null}
 * and the caller asks Jsoup. Thread-safe (state lives in each call).
 */
final class UnitHtml {

	/** Deeper than body markup goes; deeper trees are left to Jsoup. */
	private static final int MAX_DEPTH = 256;

	/** Elements whose first newline the parser drops (Jsoup's {@code Printer}). */
	private static final Set<String> INITIAL_NEWLINE = Set.of("pre", "listing", "textarea");

	private UnitHtml() {
	}

	/** {@code element.html()}, or null when Jsoup must write it. */
	static @Nullable String inner(Element element) {
		return inner(element, 64);
	}

	/**
	 * {@code element.html()}, or null when Jsoup must write it; {@code capacity} is a
	 * guess at its length.
	 */
	static @Nullable String inner(Element element, int capacity) {
		if (!writable(element)) {
			return null;
		}
		if (isHtmlVoid(element.tag())) {
			// Jsoup writes no children for a void element.
			return "";
		}
		int children = element.childNodeSize();
		if (children == 1 && element.childNode(0).getClass() == TextNode.class) {
			return escapedText(((TextNode) element.childNode(0)).getWholeText());
		}
		StringBuilder out = new StringBuilder(capacity);
		for (int i = 0; i < children; i++) {
			if (!append(element.childNode(i), out, 0)) {
				return null;
			}
		}
		return out.toString();
	}

	/**
	 * The nodes' {@code outerHtml()} one after the other, or null when Jsoup must write
	 * them.
	 */
	static @Nullable String outer(List<Node> nodes) {
		return outer(nodes, 64);
	}

	/**
	 * The nodes' {@code outerHtml()} one after the other, or null when Jsoup must write
	 * them; {@code capacity} is a guess at its length.
	 */
	static @Nullable String outer(List<Node> nodes, int capacity) {
		if (nodes.isEmpty()) {
			return "";
		}
		// the nodes of a run are siblings: one document
		if (!writable(nodes.get(0))) {
			return null;
		}
		if (nodes.size() == 1 && nodes.get(0).getClass() == TextNode.class) {
			return escapedText(((TextNode) nodes.get(0)).getWholeText());
		}
		StringBuilder out = new StringBuilder(capacity);
		for (Node node : nodes) {
			if (!append(node, out, 0)) {
				return null;
			}
		}
		return out.toString();
	}

	/** Whether the node's document writes HTML the way this class does. */
	private static boolean writable(Node node) {
		Document document = node.ownerDocument();
		if (document == null) {
			return false;
		}
		Document.OutputSettings settings = document.outputSettings();
		return !settings.prettyPrint() && !settings.outline()
				&& settings.syntax() == Document.OutputSettings.Syntax.html
				&& settings.escapeMode() == Entities.EscapeMode.base
				&& StandardCharsets.UTF_8.equals(settings.charset());
	}

	private static boolean isHtmlVoid(Tag tag) {
		return Parser.NamespaceHtml.equals(tag.namespace()) && tag.isEmpty();
	}

	private static boolean append(Node node, StringBuilder out, int depth) {
		Class<?> type = node.getClass();
		if (type == TextNode.class) {
			return appendEscaped(((TextNode) node).getWholeText(), false, out);
		}
		if (type == Element.class) {
			return appendElement((Element) node, out, depth);
		}
		if (type == Comment.class) {
			out.append("<!--").append(((Comment) node).getData()).append("-->");
			return true;
		}
		// Data, CDATA, declarations, forms and other element subclasses: Jsoup's job.
		return false;
	}

	private static boolean appendElement(Element element, StringBuilder out, int depth) {
		Tag tag = element.tag();
		if (depth >= MAX_DEPTH || !Parser.NamespaceHtml.equals(tag.namespace())) {
			// foreign elements (SVG, MathML) are written with XML rules
			return false;
		}
		String name = element.tagName();
		out.append('<').append(name);
		if (element.attributesSize() > 0 && !appendAttributes(element, out)) {
			return false;
		}
		if (tag.isEmpty()) {
			out.append('>');
			return true;
		}
		int children = element.childNodeSize();
		if (children == 0) {
			out.append("></").append(name).append('>');
			return true;
		}
		out.append('>');
		if (INITIAL_NEWLINE.contains(element.normalName()) && element.firstChild() instanceof TextNode text
				&& (text.getWholeText().startsWith("\n") || text.getWholeText().startsWith("\r"))) {
			// the parser drops a newline right after the start tag, so Jsoup writes one
			out.append('\n');
		}
		for (int i = 0; i < children; i++) {
			if (!append(element.childNode(i), out, depth + 1)) {
				return false;
			}
		}
		out.append("</").append(name).append('>');
		return true;
	}

	private static boolean appendAttributes(Element element, StringBuilder out) {
		for (Attribute attribute : element.attributes()) {
			String key = attribute.getKey();
			if (!key.equals(Attribute.getValidKey(key, Document.OutputSettings.Syntax.html))) {
				// Jsoup renames it, and may have to number the new name.
				return false;
			}
			out.append(' ').append(key);
			String value = attribute.getValue();
			boolean collapsed = !attribute.hasDeclaredValue()
					|| ((value.isEmpty() || equalsIgnoreAsciiCase(value, key)) && Attribute.isBooleanAttribute(key));
			if (!collapsed) {
				out.append("=\"");
				if (!appendEscaped(value, true, out)) {
					return false;
				}
				out.append('"');
			}
		}
		return true;
	}

	/**
	 * Text escaped, or null: the text itself when nothing in it needs escaping, the
	 * common case of a paragraph of plain text.
	 */
	private static @Nullable String escapedText(String text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean plain = (c <= '>')
					? (c >= 0x20 && c != '&' && c != '<' && c != '>') || c == '\t' || c == '\n' || c == '\r'
					: c != '\u00a0' && !Character.isSurrogate(c);
			if (!plain) {
				StringBuilder out = new StringBuilder(length + 16);
				return appendEscaped(text, false, out) ? out.toString() : null;
			}
		}
		return text;
	}

	/**
	 * Text or an attribute value escaped as Jsoup's base entities do it; false for the
	 * characters it writes as numeric references.
	 */
	private static boolean appendEscaped(String text, boolean attribute, StringBuilder out) {
		int length = text.length();
		int run = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c > '>' && c != '\u00a0' && !Character.isSurrogate(c)) {
				continue;
			}
			String escaped;
			switch (c) {
				case '&' -> escaped = "&amp;";
				case '<' -> escaped = "&lt;";
				case '>' -> escaped = "&gt;";
				case '\u00a0' -> escaped = "&nbsp;";
				case '"' -> escaped = attribute ? "&quot;" : null;
				case '\t', '\n', '\r' -> escaped = null;
				default -> {
					if (Character.isHighSurrogate(c)) {
						if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
							i++;
							continue;
						}
						return false;
					}
					if (c < 0x20 || Character.isSurrogate(c)) {
						return false;
					}
					escaped = null;
				}
			}
			if (escaped != null) {
				appendRange(text, run, i, out);
				out.append(escaped);
				run = i + 1;
			}
		}
		appendRange(text, run, length, out);
		return true;
	}

	/**
	 * Appends part of a string. {@code StringBuilder.append(CharSequence, int, int)}
	 * copies one char at a time; a whole string is copied as an array, worth a substring
	 * once the part is longer than a few characters.
	 */
	static void appendRange(String text, int start, int end, StringBuilder out) {
		if (start == 0 && end == text.length()) {
			out.append(text);
		}
		else if (end - start >= 16) {
			out.append(text.substring(start, end));
		}
		else {
			out.append(text, start, end);
		}
	}

	private static boolean equalsIgnoreAsciiCase(String a, String b) {
		int length = a.length();
		if (length != b.length()) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y && lowerAscii(x) != lowerAscii(y)) {
				return false;
			}
		}
		return true;
	}

	private static char lowerAscii(char c) {
		return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
	}

}
