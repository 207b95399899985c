package com.example.articles.sanitize;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import com.example.articles.extract.Block;
import com.example.articles.extract.BlockKind;

/**
 * Renders body blocks as HTML that a CMS can render as is. The blocks' inline markup goes
 * through Jsoup's {@link Cleaner} with a safelist of text-level tags: no script, no
 * style, no event handlers, no frames or forms, and links only to http, https and mailto.
 * Thread-safe: the safelist is built once and Cleaner keeps no state between calls.
 */
public final class BodyHtmlRenderer {

	private static final Safelist SAFELIST = new Safelist()
		.addTags("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "pre", "code", "a", "b", "strong", "i", "em",
				"u", "s", "sub", "sup", "small", "br", "cite", "q", "abbr", "mark", "span")
		.addAttributes("a", "href", "title")
		.addAttributes("abbr", "title")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	private static final Cleaner CLEANER = new Cleaner(SAFELIST);

	/** Renders the blocks; relative links resolve against {@code baseUrl}. */
	public String render(List<Block> blocks, String baseUrl) {
		Document dirty = Document.createShell(baseUrl);
		Element body = dirty.body();
		Element list = null;
		for (Block block : blocks) {
			if (block.kind() == BlockKind.LIST_ITEM) {
				if (list == null) {
					list = body.appendElement("ul");
				}
				list.appendElement("li").html(block.html());
				continue;
			}
			list = null;
			Element element = body.appendElement(block.kind().tag());
			if (block.kind() == BlockKind.PREFORMATTED) {
				element.text(block.text());
			}
			else {
				element.html(block.html());
			}
		}
		Document clean = CLEANER.clean(dirty);
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/** Cleans an arbitrary HTML fragment with the body safelist. */
	public static String clean(String html, String baseUrl) {
		Document clean = CLEANER.clean(Jsoup.parseBodyFragment(html, baseUrl));
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

}
