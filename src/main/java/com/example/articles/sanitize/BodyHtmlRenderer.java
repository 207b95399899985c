package com.example.articles.sanitize;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import com.example.articles.extract.Block;
import com.example.articles.extract.BlockKind;

/**
 * Renders body blocks as HTML that a CMS can render as is. The blocks' inline markup is
 * cleaned with a safelist of text-level tags: no script, no style, no event handlers, no
 * frames or forms, and links only to http, https and mailto. Markup of the common shape
 * (text and inline elements) is cleaned by one walk under the safelist
 * ({@link InlineMarkupRenderer}), anything else by Jsoup's {@link Cleaner}; both give the
 * same HTML. Thread-safe: the safelist is built once, and neither keeps state between
 * calls but the walk's caches of what the safelist answered.
 */
public final class BodyHtmlRenderer {

	private static final Safelist SAFELIST = new Safelist()
		.addTags("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "pre", "code", "a", "b", "strong", "i", "em",
				"u", "s", "sub", "sup", "small", "br", "cite", "q", "abbr", "mark", "span")
		.addAttributes("a", "href", "title")
		.addAttributes("abbr", "title")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	/**
	 * The attributes of {@link #SAFELIST} with protocols, which the Cleaner makes
	 * absolute.
	 */
	private static final Set<String> LINK_ATTRIBUTES = Set.of("a href");

	private static final Cleaner CLEANER = new Cleaner(SAFELIST);

	private static final InlineMarkupRenderer INLINE = new InlineMarkupRenderer(SAFELIST, LINK_ATTRIBUTES);

	/** Renders the blocks; relative links resolve against {@code baseUrl}. */
	public String render(List<Block> blocks, String baseUrl) {
		// Most bodies are text with inline markup, which one walk over the markup
		// renders exactly as the parse and clean below would (see InlineMarkupRenderer).
		String inline = INLINE.render(blocks, baseUrl);
		if (inline != null) {
			return inline;
		}
		return parseAndClean(blocks, baseUrl);
	}

	static InlineMarkupRenderer inlineRenderer() {
		return INLINE;
	}

	/**
	 * The reference path: one parse of the whole body, Jsoup's Cleaner, serialization.
	 */
	static String parseAndClean(List<Block> blocks, String baseUrl) {
		// One string and one parse for the whole body: a fragment parse per block costs a
		// parser set-up each time. Blocks hold balanced markup or escaped text, and the
		// Cleaner rebuilds the tree anyway, so joining them cannot smuggle anything in.
		StringBuilder dirty = new StringBuilder(blocks.size() * 256);
		boolean inList = false;
		for (Block block : blocks) {
			boolean listItem = block.kind() == BlockKind.LIST_ITEM;
			if (listItem != inList) {
				dirty.append(listItem ? "<ul>" : "</ul>");
				inList = listItem;
			}
			String tag = block.kind().tag();
			dirty.append('<').append(tag).append('>');
			if (block.kind() == BlockKind.PREFORMATTED) {
				dirty.append(Entities.escape(block.text()));
			}
			else {
				dirty.append(block.html());
			}
			dirty.append("</").append(tag).append('>');
		}
		if (inList) {
			dirty.append("</ul>");
		}
		return clean(dirty.toString(), baseUrl);
	}

	/** Cleans an arbitrary HTML fragment with the body safelist. */
	public static String clean(String html, String baseUrl) {
		Document clean = CLEANER.clean(Jsoup.parseBodyFragment(html, baseUrl));
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

}
