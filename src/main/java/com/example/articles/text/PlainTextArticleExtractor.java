package com.example.articles.text;

import java.util.ArrayList;
import java.util.List;

import com.example.articles.extract.ArticleMetadata;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;

/**
 * Finds the article in a plain-text payload whose blocks are separated by blank lines.
 * Thread-safe.
 */
public final class PlainTextArticleExtractor {

	public ExtractedArticle extract(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String part : text.split("\\R\\s*\\R")) {
			String block = part.strip().replaceAll("\\s+", " ");
			if (!block.isEmpty()) {
				blocks.add(Block.paragraph(block));
			}
		}
		String title = blocks.isEmpty() ? null : blocks.get(0).text();
		return new ExtractedArticle(ArticleMetadata.EMPTY.withTitle(title), blocks, List.of(), List.of());
	}

}
