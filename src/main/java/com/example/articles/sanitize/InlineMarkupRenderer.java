package com.example.articles.sanitize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Safelist;

import com.example.articles.extract.Block;
import com.example.articles.extract.BlockKind;
import com.example.articles.url.LinkResolver;

/**
 * The body HTML of the common case without parsing it: blocks whose inner HTML is text
 * and properly nested inline elements, in the form Jsoup serializes them (lower-case
 * names, double-quoted attributes, only {@code &amp; &lt; &gt; &nbsp; &quot;} escapes).
 * For such markup the HTML parser builds exactly the nesting it reads, so walking the
 * markup once and applying the safelist to each tag and attribute gives what parsing it,
 * cleaning it with Jsoup's {@code Cleaner} and serializing it would, byte for byte.
 * Preformatted blocks, whose text the parse path escapes, are written from their text.
 * Anything else (block elements, malformed or unusual markup) returns {@code null}, and
 * the caller parses and cleans. What is kept is decided by the same {@link Safelist} as
 * the Cleaner's: tags by {@link Safelist#isSafeTag}, attributes by
 * {@link Safelist#isSafeAttribute} (link protocols included), enforced attributes added;
 * text is copied only in escaped form. Thread-safe (state lives in each call, but for
 * shared caches of the safelist's verdicts and enforced attributes).
 */
final class InlineMarkupRenderer {

	/**
	 * Inline elements the HTML parser inserts where they stand when they are properly
	 * nested and closed: no implied end tags, no re-parenting (only {@code a} inside
	 * {@code a}, refused below). Custom elements (a hyphen in the name) behave the same.
	 */
	private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code",
			"data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small",
			"span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

	/** The names of {@link #INLINE} by their first letter ('a' to 'z'). */
	private static final String[][] INLINE_BY_LETTER = new String[26][];

	static {
		for (char letter = 'a'; letter <= 'z'; letter++) {
			char first = letter;
			INLINE_BY_LETTER[letter - 'a'] = INLINE.stream()
				.filter((name) -> name.charAt(0) == first)
				.sorted()
				.toArray(String[]::new);
		}
	}

	private static final Set<String> VOID = Set.of("br", "img", "wbr");

	private static final int MAX_DEPTH = 32;

	private static final int MAX_LINK_VERDICTS = 64;

	private static final int MAX_ATTRIBUTE_VERDICTS = 512;

	private final Safelist safelist;

	private final Set<String> safeInline;

	/**
	 * The Cleaner drops an enforced {@code rel="nofollow"} from links to the page's own
	 * host; links under such a policy are left to it.
	 */
	private final boolean sameHostNofollow;

	/**
	 * {@code "tag attribute"} pairs the safelist allows with protocols, whose value the
	 * Cleaner makes absolute.
	 */
	private final Set<String> linkAttributes;

	/**
	 * The safelist's verdicts on links, by tag, attribute and scheme; schemes come from
	 * pages, so only the first few are kept.
	 */
	private final Map<String, Boolean> linkVerdicts = new ConcurrentHashMap<>();

	/**
	 * The safelist's verdicts on other attributes, by tag and attribute name; names come
	 * from pages, so only the first few hundred are kept.
	 */
	private final Map<String, Boolean> attributeVerdicts = new ConcurrentHashMap<>();

	/** The block kinds whose tag the safelist keeps. */
	private final Set<BlockKind> safeKinds;

	/** Whether the safelist keeps {@code ul}, which groups list items. */
	private final boolean safeList;

	/** The safelist's enforced attributes by tag, for the tags it keeps (a fixed set). */
	private final Map<String, List<Attribute>> enforced = new ConcurrentHashMap<>();

	InlineMarkupRenderer(Safelist safelist, Set<String> linkAttributes) {
		this.safelist = safelist;
		this.safeInline = INLINE.stream().filter(safelist::isSafeTag).collect(Collectors.toUnmodifiableSet());
		this.linkAttributes = Set.copyOf(linkAttributes);
		this.sameHostNofollow = "nofollow".equals(safelist.getEnforcedAttributes("a").get("rel"));
		this.safeKinds = EnumSet.noneOf(BlockKind.class);
		for (BlockKind kind : BlockKind.values()) {
			if (safelist.isSafeTag(kind.tag())) {
				this.safeKinds.add(kind);
			}
		}
		this.safeList = safelist.isSafeTag("ul");
	}

	/**
	 * The sanitized body HTML of the blocks, or {@code null} when some block needs the
	 * parser.
	 */
	@Nullable String render(List<Block> blocks, String baseUrl) {
		Walk walk = new Walk(baseUrl);
		int size = 0;
		for (Block block : blocks) {
			size += block.html().length() + 16;
		}
		StringBuilder out = new StringBuilder(size);
		boolean inList = false;
		for (Block block : blocks) {
			BlockKind kind = block.kind();
			if (!this.safeKinds.contains(kind)) {
				return null;
			}
			boolean listItem = kind == BlockKind.LIST_ITEM;
			if (listItem != inList) {
				if (!this.safeList) {
					return null;
				}
				out.append(listItem ? "<ul>" : "</ul>");
				inList = listItem;
			}
			if (kind == BlockKind.PREFORMATTED) {
				if (!appendPreformatted(block.text(), out)) {
					return null;
				}
				continue;
			}
			out.append('<').append(kind.tag()).append('>');
			if (!appendInline(block.html(), out, walk)) {
				return null;
			}
			out.append("</").append(kind.tag()).append('>');
		}
		if (inList) {
			out.append("</ul>");
		}
		return out.toString();
	}

	/**
	 * A preformatted block, whose text (not markup) the parse path writes escaped inside
	 * {@code <pre>}: the parser drops one newline right after {@code <pre>}, and Jsoup
	 * writes a newline back before text that starts with one. False for control
	 * characters and lone surrogates, which the parser may change.
	 */
	private static boolean appendPreformatted(String text, StringBuilder out) {
		if (text.startsWith("\r")) {
			// The parser drops a leading CR or CRLF too.
			return false;
		}
		int start = text.startsWith("\n") ? 1 : 0;
		out.append("<pre>");
		if (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
			out.append('\n');
		}
		int length = text.length();
		for (int i = start; i < length; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '\u00a0' -> out.append("&nbsp;");
				case '\t', '\n', '\r' -> out.append(c);
				default -> {
					if (c < 0x20 || (Character.isSurrogate(c) && !isPairedAt(text, i, length))) {
						return false;
					}
					out.append(c);
				}
			}
		}
		out.append("</pre>");
		return true;
	}

	/**
	 * Appends the cleaned form of one block's inner HTML; false if it needs the parser.
	 */
	private boolean appendInline(String html, StringBuilder out, Walk walk) {
		walk.depth = 0;
		walk.inAnchor = false;
		int length = html.length();
		int run = 0;
		int i = 0;
		while (i < length) {
			char c = html.charAt(i);
			if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '\u00a0' && !Character.isSurrogate(c)) {
				i++;
				continue;
			}
			appendRange(html, run, i, out);
			if (c == '<') {
				i = tag(html, i, out, walk);
				if (i < 0) {
					return false;
				}
			}
			else if (c == '&') {
				int end = entityEnd(html, i, false);
				if (end < 0) {
					return false;
				}
				out.append(html, i, end);
				i = end;
			}
			else if (c == '>') {
				out.append("&gt;");
				i++;
			}
			else if (c == '\u00a0') {
				out.append("&nbsp;");
				i++;
			}
			else if (c == '\t' || c == '\n' || c == '\r') {
				out.append(c);
				i++;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(html.charAt(i + 1))) {
				out.append(c).append(html.charAt(i + 1));
				i += 2;
			}
			else {
				// Other control characters (the parser drops NUL) and lone surrogates.
				return false;
			}
			run = i;
		}
		appendRange(html, run, length, out);
		return walk.depth == 0;
	}

	/**
	 * Appends part of a string. {@code StringBuilder.append(CharSequence, int, int)}
	 * copies one char at a time; a whole string is copied as an array, worth a substring
	 * once the part is longer than a few characters.
	 */
	private static void appendRange(String text, int start, int end, StringBuilder out) {
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

	/**
	 * The name of {@link #INLINE} that stands between {@code start} and {@code end}, or
	 * null: a tag name without a copy of it.
	 */
	private static @Nullable String inlineName(String html, int start, int end) {
		int first = html.charAt(start) - 'a';
		int length = end - start;
		for (String name : INLINE_BY_LETTER[first]) {
			if (name.length() == length && html.startsWith(name, start)) {
				return name;
			}
		}
		return null;
	}

	private static boolean hasHyphen(String html, int start, int end) {
		for (int i = start; i < end; i++) {
			if (html.charAt(i) == '-') {
				return true;
			}
		}
		return false;
	}

	/** Handles the tag or comment at {@code start}; the index after it, or -1. */
	private int tag(String html, int start, StringBuilder out, Walk walk) {
		if (html.startsWith("<!--", start)) {
			return commentEnd(html, start);
		}
		int length = html.length();
		boolean endTag = start + 1 < length && html.charAt(start + 1) == '/';
		int p = start + (endTag ? 2 : 1);
		int nameStart = p;
		if (p >= length || html.charAt(p) < 'a' || html.charAt(p) > 'z') {
			return -1;
		}
		while (p < length && isTagNameChar(html.charAt(p))) {
			p++;
		}
		String name = inlineName(html, nameStart, p);
		// custom elements have a hyphen in the name; the inline ones have none
		boolean custom = name == null && hasHyphen(html, nameStart, p);
		if (custom) {
			name = html.substring(nameStart, p);
		}
		else if (name == null) {
			return -1;
		}
		boolean safe = custom ? this.safelist.isSafeTag(name) : this.safeInline.contains(name);
		if (endTag) {
			if (p >= length || html.charAt(p) != '>' || walk.depth == 0 || !walk.names[walk.depth - 1].equals(name)) {
				return -1;
			}
			walk.depth--;
			if (walk.kept[walk.depth]) {
				out.append("</").append(name).append('>');
			}
			if (name.equals("a")) {
				walk.inAnchor = false;
			}
			return p + 1;
		}
		if (name.equals("a")) {
			if (walk.inAnchor || (safe && this.sameHostNofollow)) {
				return -1;
			}
			walk.inAnchor = true;
		}
		walk.keys.clear();
		walk.values.clear();
		while (true) {
			if (p >= length) {
				return -1;
			}
			char c = html.charAt(p);
			if (c == '>') {
				p++;
				break;
			}
			if (c != ' ') {
				return -1;
			}
			p++;
			int keyStart = p;
			while (p < length && isAttributeNameChar(html.charAt(p))) {
				p++;
			}
			if (p == keyStart) {
				return -1;
			}
			int keyEnd = p;
			int valueStart = -1;
			int valueEnd = -1;
			if (p < length && html.charAt(p) == '=') {
				if (p + 1 >= length || html.charAt(p + 1) != '"') {
					return -1;
				}
				valueStart = p + 2;
				valueEnd = html.indexOf('"', valueStart);
				if (valueEnd < 0) {
					return -1;
				}
				p = valueEnd + 1;
			}
			if (safe) {
				String key = html.substring(keyStart, keyEnd);
				// The parser keeps the first of two attributes with the same name.
				if (!walk.keys.contains(key)) {
					String value = (valueStart < 0) ? "" : decodeAttribute(html, valueStart, valueEnd);
					if (value == null) {
						return -1;
					}
					walk.keys.add(key);
					walk.values.add(value);
				}
			}
		}
		if (safe) {
			appendStartTag(name, out, walk);
		}
		if (!VOID.contains(name)) {
			if (walk.depth == MAX_DEPTH) {
				return -1;
			}
			walk.names[walk.depth] = name;
			walk.kept[walk.depth] = safe;
			walk.depth++;
		}
		return p;
	}

	/**
	 * The start tag with the attributes the safelist keeps, links made absolute, and the
	 * enforced attributes, in the Cleaner's order.
	 */
	private void appendStartTag(String name, StringBuilder out, Walk walk) {
		List<String> keys = walk.keptKeys;
		List<String> values = walk.keptValues;
		keys.clear();
		values.clear();
		for (int a = 0; a < walk.keys.size(); a++) {
			String key = walk.keys.get(a);
			String value = walk.values.get(a);
			String link = name + ' ' + key;
			if (!this.linkAttributes.contains(link)) {
				if (!isSafeAttribute(name, key, value, walk)) {
					continue;
				}
			}
			else {
				String absolute = walk.resolver.resolve(value);
				// The safelist judges a link by the scheme of its absolute form (by the
				// link itself when it has none): one verdict per scheme, whatever the
				// page. Asking it resolves the link again the slow way.
				String scheme = absolute.isEmpty() ? null : link + ' ' + scheme(absolute);
				Boolean safe = (scheme != null) ? this.linkVerdicts.get(scheme) : null;
				if (safe == null) {
					safe = isSafe(name, key, value, walk);
					if (scheme != null && this.linkVerdicts.size() < MAX_LINK_VERDICTS) {
						this.linkVerdicts.put(scheme, safe);
					}
				}
				if (!safe) {
					continue;
				}
				if (!this.safelist.preserveRelativeLinks() && !absolute.isEmpty()) {
					value = absolute;
				}
			}
			keys.add(key);
			values.add(value);
		}
		// The Cleaner moves an enforced attribute to the end, replacing any copy.
		for (Attribute enforced : enforcedAttributes(name)) {
			for (int a = keys.size() - 1; a >= 0; a--) {
				if (keys.get(a).equalsIgnoreCase(enforced.getKey())) {
					keys.remove(a);
					values.remove(a);
				}
			}
			keys.add(enforced.getKey());
			values.add(enforced.getValue());
		}
		out.append('<').append(name);
		for (int a = 0; a < keys.size(); a++) {
			String key = keys.get(a);
			String value = values.get(a);
			out.append(' ').append(key);
			// Jsoup writes a boolean attribute without its value.
			if (!(Attribute.isBooleanAttribute(key) && (value.isEmpty() || value.equalsIgnoreCase(key)))) {
				out.append("=\"");
				appendAttributeValue(value, out);
				out.append('"');
			}
		}
		out.append('>');
	}

	/**
	 * The safelist's verdict on an attribute that is not a link. It does not depend on
	 * the value (but for an enforced attribute, which is replaced anyway), so it is asked
	 * once per tag and attribute name. A verdict that a value with a script scheme would
	 * change (an attribute with protocols missing from {@link #linkAttributes}) is not
	 * kept: such a value is judged every time.
	 */
	private boolean isSafeAttribute(String name, String key, String value, Walk walk) {
		String pair = name + ' ' + key;
		Boolean cached = this.attributeVerdicts.get(pair);
		if (cached != null) {
			return cached;
		}
		boolean safe = isSafe(name, key, value, walk);
		if (this.attributeVerdicts.size() < MAX_ATTRIBUTE_VERDICTS
				&& safe == isSafe(name, key, "javascript:void(0)", walk)) {
			this.attributeVerdicts.put(pair, safe);
		}
		return safe;
	}

	/** The safelist's enforced attributes of a tag, built once per tag. */
	private List<Attribute> enforcedAttributes(String name) {
		List<Attribute> enforced = this.enforced.get(name);
		if (enforced == null) {
			enforced = List.copyOf(this.safelist.getEnforcedAttributes(name).asList());
			this.enforced.putIfAbsent(name, enforced);
		}
		return enforced;
	}

	private boolean isSafe(String name, String key, String value, Walk walk) {
		Element probe = walk.probe();
		probe.attributes().put(key, value);
		boolean safe = this.safelist.isSafeAttribute(name, probe, new Attribute(key, value));
		probe.attributes().remove(key);
		return safe;
	}

	/** The lower-case scheme of an absolute URL (absUrl's results all have one). */
	private static String scheme(String absolute) {
		int colon = absolute.indexOf(':');
		return (colon < 0 ? absolute : absolute.substring(0, colon)).toLowerCase(Locale.ROOT);
	}

	/**
	 * The end of a comment, which the Cleaner drops; -1 for the forms the tokenizer ends
	 * elsewhere than at the first {@code -->}.
	 */
	private static int commentEnd(String html, int start) {
		int data = start + 4;
		if (html.startsWith(">", data) || html.startsWith("->", data)) {
			return -1;
		}
		int end = html.indexOf("-->", data);
		if (end < 0) {
			return -1;
		}
		String body = html.substring(data, end);
		if (body.contains("--!") || body.contains("<!")) {
			return -1;
		}
		return end + 3;
	}

	/**
	 * The end of the character reference at {@code start}, if it is one Jsoup writes (in
	 * text: amp, lt, gt, nbsp; in attributes also quot), else -1.
	 */
	private static int entityEnd(String html, int start, boolean attribute) {
		for (String entity : attribute ? ATTRIBUTE_ENTITIES : TEXT_ENTITIES) {
			if (html.startsWith(entity, start)) {
				return start + entity.length();
			}
		}
		return -1;
	}

	private static final String[] TEXT_ENTITIES = { "&amp;", "&lt;", "&gt;", "&nbsp;" };

	private static final String[] ATTRIBUTE_ENTITIES = { "&amp;", "&quot;", "&lt;", "&gt;", "&nbsp;" };

	private static final String ATTRIBUTE_CHARS = "&\"<>\u00a0";

	/** The value of a double-quoted attribute as the parser reads it, or null. */
	private static @Nullable String decodeAttribute(String html, int start, int end) {
		StringBuilder value = null;
		int run = start;
		for (int i = start; i < end; i++) {
			char c = html.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
					|| (Character.isSurrogate(c) && !isPairedAt(html, i, end))) {
				return null;
			}
			if (Character.isHighSurrogate(c)) {
				i++;
				continue;
			}
			if (c != '&') {
				continue;
			}
			int entityEnd = entityEnd(html, i, true);
			if (entityEnd < 0) {
				return null;
			}
			if (value == null) {
				value = new StringBuilder(end - start);
			}
			value.append(html, run, i);
			value.append(ATTRIBUTE_CHARS.charAt(indexOf(ATTRIBUTE_ENTITIES, html, i)));
			i = entityEnd - 1;
			run = entityEnd;
		}
		if (value == null) {
			return html.substring(start, end);
		}
		return value.append(html, run, end).toString();
	}

	private static int indexOf(String[] entities, String html, int start) {
		for (int e = 0; e < entities.length; e++) {
			if (html.startsWith(entities[e], start)) {
				return e;
			}
		}
		throw new IllegalStateException("not an entity");
	}

	private static boolean isPairedAt(String html, int i, int end) {
		char c = html.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < end && Character.isLowSurrogate(html.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(html.charAt(i - 1));
	}

	/** An attribute value escaped as Jsoup writes it (base entities, UTF-8 output). */
	static void appendAttributeValue(String value, StringBuilder out) {
		int length = value.length();
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '\u00a0' -> out.append("&nbsp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\t', '\n', '\r' -> out.append(c);
				default -> {
					if (c < 0x20 || (Character.isSurrogate(c) && !isPairedAt(value, i, length))) {
						out.append("&#x").append(Integer.toHexString(c)).append(';');
					}
					else {
						out.append(c);
					}
				}
			}
		}
	}

	private static boolean isTagNameChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
	}

	/**
	 * Printable ASCII but the characters that end or quote a name; no upper case, which
	 * the parser would fold.
	 */
	private static boolean isAttributeNameChar(char c) {
		return c > 0x20 && c < 0x7f && !(c >= 'A' && c <= 'Z') && c != '"' && c != '\'' && c != '/' && c != '='
				&& c != '<' && c != '>';
	}

	/** The state of one render: open elements, attributes of the current tag, links. */
	private static final class Walk {

		final LinkResolver resolver;

		final String baseUrl;

		final String[] names = new String[MAX_DEPTH];

		final boolean[] kept = new boolean[MAX_DEPTH];

		int depth;

		boolean inAnchor;

		final List<String> keys = new ArrayList<>();

		final List<String> values = new ArrayList<>();

		/** The attributes the current tag keeps, with their values. */
		final List<String> keptKeys = new ArrayList<>();

		final List<String> keptValues = new ArrayList<>();

		private @Nullable Element probe;

		Walk(String baseUrl) {
			this.baseUrl = baseUrl;
			this.resolver = new LinkResolver(baseUrl);
		}

		/**
		 * An element with the page's base URL, to hand the safelist the attribute under
		 * test (its protocol check resolves the link through the element).
		 */
		Element probe() {
			Element own = this.probe;
			if (own == null) {
				own = new Element(Tag.valueOf("span"), this.baseUrl);
				this.probe = own;
			}
			return own;
		}

	}

}
