package com.example.articles.sanitize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.ArticleImage;

/**
 * The last check on image URLs before they leave the service: only absolute http and
 * https sources survive, whatever an extractor found (a javascript: or data: src would
 * otherwise reach the CMS as an attribute value).
 */
public final class SafeImages {

	private SafeImages() {
	}

	public static List<ArticleImage> of(List<ArticleImage> images) {
		List<ArticleImage> safe = new ArrayList<>(images.size());
		for (ArticleImage image : images) {
			String src = httpUrlOrNull(image.src());
			if (src == null && image.caption() == null && image.alt() == null) {
				continue;
			}
			safe.add(new ArticleImage(src, image.alt(), image.caption(), image.credit()));
		}
		return safe;
	}

	static @Nullable String httpUrlOrNull(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme();
			if (scheme == null || uri.getHost() == null) {
				return null;
			}
			String lower = scheme.toLowerCase(Locale.ROOT);
			return lower.equals("http") || lower.equals("https") ? uri.toString() : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
