package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.example.articles.contract.RemovalReason;
import com.example.articles.contract.RemovedBlock;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;

/** Removes the blocks an article repeats. Thread-safe. */
public final class BlockDeduplicator {

	public ExtractedArticle dedupe(ExtractedArticle article) {
		List<Block> kept = new ArrayList<>();
		List<RemovedBlock> removed = new ArrayList<>(article.removed());
		Set<String> seen = new HashSet<>();
		for (Block block : article.blocks()) {
			String key = block.text().toLowerCase(Locale.ROOT).replaceAll("\\W+", "");
			if (seen.add(key)) {
				kept.add(block);
			}
			else {
				removed.add(RemovedBlock.of(RemovalReason.DUPLICATE_BLOCK, block.text()));
			}
		}
		return new ExtractedArticle(article.metadata(), kept, article.images(), removed);
	}

}
