package com.example.articles.extract;

import java.util.List;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovedBlock;

/**
 * An article as an extractor found it, before or after duplicate-block removal: metadata,
 * body blocks in reading order, images with their captions, and the blocks dropped so
 * far.
 */
public record ExtractedArticle(ArticleMetadata metadata, List<Block> blocks, List<ArticleImage> images,
		List<RemovedBlock> removed) {

	public ExtractedArticle {
		blocks = List.copyOf(blocks);
		images = List.copyOf(images);
		removed = List.copyOf(removed);
	}

}
