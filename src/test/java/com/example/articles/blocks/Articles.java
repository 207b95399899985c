package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.ArticleMetadata;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;

/** Builds articles for the rule tests and reads their outcome. */
final class Articles {

	private Articles() {
	}

	static ExtractedArticle of(@Nullable String title, List<ArticleImage> images, String... paragraphs) {
		List<Block> blocks = new ArrayList<>();
		for (String paragraph : paragraphs) {
			blocks.add(Block.paragraph(paragraph));
		}
		return new ExtractedArticle(ArticleMetadata.EMPTY.withTitle(title), blocks, images, List.of());
	}

	static ExtractedArticle of(String... paragraphs) {
		return of(null, List.of(), paragraphs);
	}

	static ExtractedArticle apply(DedupeRule rule, ExtractedArticle article) {
		WorkingArticle working = new WorkingArticle(article);
		rule.apply(working);
		return working.result();
	}

	static List<String> texts(ExtractedArticle article) {
		return article.blocks().stream().map(Block::text).toList();
	}

	static List<String> reasons(ExtractedArticle article) {
		return article.removed().stream().map(RemovedBlock::reason).toList();
	}

	static ArticleImage image(String caption) {
		return new ArticleImage(null, null, caption, null);
	}

}
