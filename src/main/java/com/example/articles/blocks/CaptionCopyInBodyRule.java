package com.example.articles.blocks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovalReason;

/**
 * A body block that is, as a whole, the caption (or the alt text) of an image the
 * extractor already has: {@code duplicate-caption}. "Pictured: " before it and the credit
 * after it do not hide it, nor a copyright credit the image does not carry, printed
 * before or after it ("... | © Jane Roe/Agency", "© Agency CAPTION").
 */
final class CaptionCopyInBodyRule implements DedupeRule {

	/**
	 * Alt texts shorter than this are labels ("Photo", "Boris Johnson"), not captions.
	 */
	private static final int MIN_ALT_WORDS = 3;

	// What String.split("\\s+") compiles on every call.
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** A caption key this short could begin or end an ordinary sentence. */
	private static final int MIN_KEY_FOR_CREDITED_COPY = 20;

	/** Key characters a printed credit adds ("© Augusta National/Getty Images"). */
	private static final int MAX_CREDIT_KEY = 40;

	@Override
	public void apply(WorkingArticle article) {
		Set<String> captionKeys = new HashSet<>();
		for (ArticleImage image : article.images()) {
			if (image.caption() != null) {
				String key = TextKey.of(LeadingMarker.strip(image.caption()));
				captionKeys.add(key);
				if (image.credit() != null) {
					captionKeys.add(key + TextKey.of(image.credit()));
				}
			}
			if (image.alt() != null && WHITESPACE.split(image.alt().strip()).length >= MIN_ALT_WORDS) {
				captionKeys.add(TextKey.of(image.alt()));
			}
		}
		captionKeys.remove("");
		if (captionKeys.isEmpty()) {
			return;
		}
		// The hashes first: the fold computed each block key's already, and most blocks
		// are no caption.
		int[] captionHashes = captionKeys.stream().mapToInt(String::hashCode).sorted().toArray();
		for (int i : article.live()) {
			boolean caption = Arrays.binarySearch(captionHashes, article.keyHash(i)) >= 0
					&& captionKeys.contains(article.key(i));
			if (caption || isMarkedCopy(article.text(i), captionKeys)
					|| isCreditedCopy(article.text(i), article.key(i), captionKeys)) {
				article.remove(i, RemovalReason.DUPLICATE_CAPTION);
			}
		}
	}

	private static boolean isCreditedCopy(String text, String key, Set<String> captionKeys) {
		if (text.indexOf('\u00A9') < 0) {
			return false;
		}
		for (String captionKey : captionKeys) {
			if (captionKey.length() >= MIN_KEY_FOR_CREDITED_COPY && key.length() - captionKey.length() <= MAX_CREDIT_KEY
					&& (key.startsWith(captionKey) || key.endsWith(captionKey))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMarkedCopy(String text, Set<String> captionKeys) {
		String unmarked = LeadingMarker.strip(text);
		return unmarked.length() < text.length() && captionKeys.contains(TextKey.of(unmarked));
	}

}
