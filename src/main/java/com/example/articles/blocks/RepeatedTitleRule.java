package com.example.articles.blocks;

import com.example.articles.contract.RemovalReason;
import com.example.articles.extract.BlockKind;

/**
 * The headline printed again in the body: {@code repeated-title}. A heading also counts
 * when the title only adds a suffix to it ("Headline | Site").
 */
final class RepeatedTitleRule implements DedupeRule {

	/**
	 * Shorter heading keys are too likely to be a section heading that opens the title.
	 */
	private static final int MIN_PREFIX_KEY = 20;

	@Override
	public void apply(WorkingArticle article) {
		String title = article.title();
		if (title == null) {
			return;
		}
		String titleKey = TextKey.of(title);
		if (titleKey.isEmpty()) {
			return;
		}
		for (int i : article.live()) {
			String key = article.key(i);
			boolean headingOfTitle = article.block(i).kind() == BlockKind.HEADING && key.length() >= MIN_PREFIX_KEY
					&& titleKey.startsWith(key);
			if (key.equals(titleKey) || headingOfTitle) {
				article.remove(i, RemovalReason.REPEATED_TITLE);
			}
		}
	}

}
