package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.example.articles.contract.ArticleImage;

/** Finds the article in an HTML page. Thread-safe. */
public final class HtmlArticleExtractor {

	public ExtractedArticle extract(String html, String baseUrl) {
		Document doc = Jsoup.parse(html, baseUrl);
		List<Block> blocks = new ArrayList<>();
		for (Element p : doc.select("p")) {
			String text = p.text().strip();
			if (!text.isEmpty()) {
				blocks.add(new Block(BlockKind.PARAGRAPH, text, p.html()));
			}
		}
		List<ArticleImage> images = new ArrayList<>();
		String lang = doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
		ArticleMetadata metadata = new ArticleMetadata(doc.title().isBlank() ? null : doc.title(), List.of(), null,
				null, lang.isBlank() ? null : lang, null, null, null);
		return new ExtractedArticle(metadata, blocks, images, List.of());
	}

}
