package com.example.articles.blocks;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovalReason;

/**
 * A body block that is, as a whole, the caption (or the alt text) of an image the
 * extractor already has: {@code duplicate-caption}. "Pictured: " before it and the credit
 * after it do not hide it.
 */
final class CaptionCopyInBodyRule implements DedupeRule {

	private static final Pattern LEADING_MARKER = Pattern
		.compile("^(?i:pictured|above|below|inset|photo|image|pic|picture)\\s*:\\s*");

	/**
	 * Alt texts shorter than this are labels ("Photo", "Boris Johnson"), not captions.
	 */
	private static final int MIN_ALT_WORDS = 3;

	@Override
	public void apply(WorkingArticle article) {
		Set<String> captionKeys = new HashSet<>();
		for (ArticleImage image : article.images()) {
			if (image.caption() != null) {
				String key = TextKey.of(image.caption());
				captionKeys.add(key);
				if (image.credit() != null) {
					captionKeys.add(key + TextKey.of(image.credit()));
				}
			}
			if (image.alt() != null && image.alt().strip().split("\\s+").length >= MIN_ALT_WORDS) {
				captionKeys.add(TextKey.of(image.alt()));
			}
		}
		captionKeys.remove("");
		if (captionKeys.isEmpty()) {
			return;
		}
		for (int i : article.live()) {
			String text = article.text(i);
			String unmarked = LEADING_MARKER.matcher(text).replaceFirst("");
			if (captionKeys.contains(TextKey.of(text)) || captionKeys.contains(TextKey.of(unmarked))) {
				article.remove(i, RemovalReason.DUPLICATE_CAPTION);
			}
		}
	}

}
