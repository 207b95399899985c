package com.example.articles.blocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovalReason;

/**
 * A pull quote glued to a caption ("<near-copy of a body paragraph>. Pictured: ..."), in
 * the body or in an image caption. A body block of that shape goes as
 * {@code duplicate-caption} when its lead is a near-copy of another body block, before or
 * after it, or its description is already an image's caption; the description is kept on
 * an image (the one whose caption was the whole glued text, or a new one without src). An
 * image caption of that shape is cut to its description. The body paragraph stays even
 * when it differs slightly from the quote.
 */
final class GluedPullQuoteRule implements DedupeRule {

	@Override
	public void apply(WorkingArticle article) {
		Map<Integer, GluedCaption> glued = new HashMap<>();
		List<Integer> plain = new ArrayList<>();
		for (int i : article.live()) {
			Optional<GluedCaption> caption = GluedCaption.parse(article.text(i));
			if (caption.isPresent()) {
				glued.put(i, caption.get());
			}
			else {
				plain.add(i);
			}
		}
		// Only plain blocks: every copy of a glued caption would otherwise quote the
		// others. Built on first use: most articles have no glued caption at all.
		Supplier<NearCopyIndex> index = new Supplier<>() {

			private @Nullable NearCopyIndex built;

			@Override
			public NearCopyIndex get() {
				NearCopyIndex own = this.built;
				if (own == null) {
					List<long[]> plainShingles = new ArrayList<>(plain.size());
					for (int i : plain) {
						plainShingles.add(article.shingles(i));
					}
					own = NearCopyIndex.ofShingles(plainShingles);
					this.built = own;
				}
				return own;
			}

		};
		for (int i : article.live()) {
			GluedCaption caption = glued.get(i);
			if (caption == null) {
				continue;
			}
			boolean quotesBody = index.get()
				.bestContaining(caption.lead(), NearCopyIndex.NEAR_COPY, (j) -> article.isLive(plain.get(j))) >= 0;
			boolean knownCaption = article.imageWithCaptionKey(TextKey.of(caption.description())) >= 0;
			if (quotesBody || knownCaption) {
				article.remove(i, RemovalReason.DUPLICATE_CAPTION);
				keepOnImage(article, caption, article.text(i));
			}
		}
		List<ArticleImage> images = article.images();
		for (int k = 0; k < images.size(); k++) {
			ArticleImage image = images.get(k);
			Optional<GluedCaption> caption = (image.caption() != null) ? GluedCaption.parse(image.caption())
					: Optional.empty();
			if (caption.isPresent() && index.get()
				.bestContaining(caption.get().lead(), NearCopyIndex.NEAR_COPY,
						(j) -> article.isLive(plain.get(j))) >= 0) {
				images.set(k, image.withCaption(caption.get().description()));
				article.removedFromImages(RemovalReason.DUPLICATE_CAPTION, caption.get().lead());
			}
		}
	}

	private static void keepOnImage(WorkingArticle article, GluedCaption caption, String wholeText) {
		if (article.imageWithCaptionKey(TextKey.of(caption.description())) >= 0) {
			return;
		}
		int whole = article.imageWithCaptionKey(TextKey.of(wholeText));
		if (whole >= 0) {
			article.images().set(whole, article.images().get(whole).withCaption(caption.description()));
		}
		else {
			article.images().add(new ArticleImage(null, null, caption.description(), null));
		}
	}

}
