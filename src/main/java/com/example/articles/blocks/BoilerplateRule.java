package com.example.articles.blocks;

import com.example.articles.contract.RemovalReason;

/**
 * Ad slots, share bars, "Read more:" lines and stray punctuation: {@code boilerplate}.
 */
final class BoilerplateRule implements DedupeRule {

	@Override
	public void apply(WorkingArticle article) {
		for (int i : article.live()) {
			if (BoilerplateText.isBoilerplate(article.text(i))) {
				article.remove(i, RemovalReason.BOILERPLATE);
			}
		}
	}

}
