package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovalReason;

/**
 * One image per picture: images with the same src merge (the first keeps its place and
 * gains what it lacked), and an image without src whose caption another image already has
 * goes. Each dropped caption is listed as {@code duplicate-caption}.
 */
final class RepeatedImageRule implements DedupeRule {

	@Override
	public void apply(WorkingArticle article) {
		List<ArticleImage> kept = new ArrayList<>();
		Map<String, Integer> bySrc = new HashMap<>();
		Set<String> captionKeys = new HashSet<>();
		for (ArticleImage image : article.images()) {
			if (image.src() != null && image.caption() != null) {
				captionKeys.add(TextKey.of(image.caption()));
			}
		}
		for (ArticleImage image : article.images()) {
			if (image.src() != null) {
				Integer first = bySrc.putIfAbsent(image.src(), kept.size());
				if (first == null) {
					kept.add(image);
				}
				else {
					kept.set(first, merge(article, kept.get(first), image));
				}
				continue;
			}
			String key = (image.caption() != null) ? TextKey.of(image.caption()) : "";
			if (!key.isEmpty() && !captionKeys.add(key)) {
				article.removedFromImages(RemovalReason.DUPLICATE_CAPTION, image.caption());
			}
			else {
				kept.add(image);
			}
		}
		article.images().clear();
		article.images().addAll(kept);
	}

	private static ArticleImage merge(WorkingArticle article, ArticleImage first, ArticleImage copy) {
		if (copy.caption() != null && first.caption() != null) {
			// The first caption stays; the copy's is listed even when it words it
			// otherwise.
			article.removedFromImages(RemovalReason.DUPLICATE_CAPTION, copy.caption());
		}
		return new ArticleImage(first.src(), or(first.alt(), copy.alt()), or(first.caption(), copy.caption()),
				or(first.credit(), copy.credit()));
	}

	private static @Nullable String or(@Nullable String a, @Nullable String b) {
		return (a != null) ? a : b;
	}

}
