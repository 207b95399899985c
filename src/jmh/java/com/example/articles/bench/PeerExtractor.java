package com.example.articles.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * The open-source extractors we measure ourselves against, each used the way its README
 * shows: page HTML in, article text out.
 */
enum PeerExtractor {

	/** net.dankito.readability4j, a Kotlin port of Mozilla's Readability.js. */
	READABILITY4J {
		@Override
		String text(String html, String url) {
			Article article = new Readability4J(url, html).parse();
			String text = article.getTextContent();
			return (text != null) ? text : "";
		}
	},

	/** boilerpipe's ArticleExtractor (com.syncthemall repackaging of boilerpipe 1.2). */
	BOILERPIPE {
		@Override
		String text(String html, String url) {
			try {
				String text = ArticleExtractor.INSTANCE.getText(html);
				return (text != null) ? text : "";
			}
			catch (BoilerpipeProcessingException ex) {
				throw new IllegalStateException("boilerpipe failed on " + url, ex);
			}
		}
	};

	abstract String text(String html, String url);

	static PeerExtractor named(String name) {
		for (PeerExtractor peer : values()) {
			if (peer.name().equalsIgnoreCase(name)) {
				return peer;
			}
		}
		throw new IllegalArgumentException("unknown peer '" + name + "', expected readability4j or boilerpipe");
	}

}
