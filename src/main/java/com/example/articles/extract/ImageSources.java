package com.example.articles.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

import com.example.articles.url.LinkResolver;

/**
 * The real source of an {@code <img>}: lazy-load attributes before {@code src}, the
 * widest {@code srcset} candidate, a {@code <picture>} source as fallback; and whether
 * the image is article content at all (not a pixel, icon, logo or avatar).
 */
final class ImageSources {

	private static final String[] LAZY_ATTRIBUTES = { "data-src", "data-lazy-src", "data-original", "data-url",
			"data-lazy", "data-original-src", "data-hi-res-src", "data-full-src", "data-image", "data-img-src" };

	private static final String[] LAZY_SRCSETS = { "data-srcset", "data-lazy-srcset", "srcset" };

	/**
	 * Pieces of an image path that mark a pixel, icon, logo, avatar, placeholder or ad
	 * (the literals of
	 * {@code pixel|tracking|tracker|spacer|blank\.gif|1x1|/logo|logo[-_.]
	 * |[-_/]icon|icon[-_.]|avatar|gravatar|sprite|emoji|badge|placeholder
	 * |transparent\.(gif|png)|loading\.gif|/ads?/|doubleclick|facebook\.com/tr}, found in
	 * one scan instead of a regular expression tried at every position).
	 */
	private static final StemMatcher NOT_CONTENT = stems("pixel", "tracking", "tracker", "spacer", "blank.gif", "1x1",
			"/logo", "logo-", "logo_", "logo.", "-icon", "_icon", "/icon", "icon-", "icon_", "icon.", "avatar",
			"gravatar", "sprite", "emoji", "badge", "placeholder", "transparent.gif", "transparent.png", "loading.gif",
			"/ad/", "/ads/", "doubleclick", "facebook.com/tr");

	/**
	 * Class or id pieces of a logo, icon or avatar image or wrapper
	 * ({@code logo|icon|avatar|emoji|sprite|badge|author-?img|profile-?pic|headshot|gravatar}).
	 */
	private static final StemMatcher NOT_CONTENT_NAME = stems("logo", "icon", "avatar", "emoji", "sprite", "badge",
			"authorimg", "author-img", "profilepic", "profile-pic", "headshot", "gravatar");

	private static final int MIN_SIZE = 100;

	private ImageSources() {
	}

	/** The absolute URL of the image, or null if it has none worth keeping. */
	static @Nullable String source(Element img) {
		for (String attribute : LAZY_ATTRIBUTES) {
			String url = usable(img, img.attr(attribute));
			if (url != null) {
				return url;
			}
		}
		for (String attribute : LAZY_SRCSETS) {
			String url = usable(img, widest(img.attr(attribute)));
			if (url != null) {
				return url;
			}
		}
		String src = usable(img, img.attr("src"));
		if (src != null) {
			return src;
		}
		Element picture = img.parent();
		if (picture != null && picture.nameIs("picture")) {
			for (Element source : picture.getElementsByTag("source")) {
				String url = usable(img,
						widest(source.hasAttr("data-srcset") ? source.attr("data-srcset") : source.attr("srcset")));
				if (url != null) {
					return url;
				}
			}
		}
		return null;
	}

	private static @Nullable String usable(Element img, @Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String url = raw.strip();
		if (url.isEmpty() || url.startsWith("data:") || url.startsWith("about:") || url.startsWith("javascript:")
				|| url.startsWith("{")) {
			return null;
		}
		String absolute = LinkResolver.resolve(img.baseUri(), url);
		if (absolute.isEmpty() || !(absolute.startsWith("http://") || absolute.startsWith("https://"))) {
			return null;
		}
		return absolute;
	}

	/** The candidate of a srcset with the largest width (or density) descriptor. */
	static @Nullable String widest(String srcset) {
		if (srcset.isBlank()) {
			return null;
		}
		String best = null;
		double bestSize = -1;
		// candidates end at a comma followed by whitespace or by the start of a URL
		// (what splitting at ",\\s+|,(?=https?:|/)" gives, without the expression)
		int start = 0;
		int length = srcset.length();
		for (int i = 0; i <= length; i++) {
			int next;
			if (i == length) {
				next = length;
			}
			else if (srcset.charAt(i) != ',') {
				continue;
			}
			else if (i + 1 < length && isSpace(srcset.charAt(i + 1))) {
				next = i + 2;
				while (next < length && isSpace(srcset.charAt(next))) {
					next++;
				}
			}
			else if (srcset.startsWith("http:", i + 1) || srcset.startsWith("https:", i + 1)
					|| srcset.startsWith("/", i + 1)) {
				next = i + 1;
			}
			else {
				continue;
			}
			String candidate = srcset.substring(start, i).strip();
			start = next;
			if (i < length) {
				// go on after the separator
				i = next - 1;
			}
			// the URL, then the descriptor: the first two words
			int urlEnd = 0;
			while (urlEnd < candidate.length() && !isSpace(candidate.charAt(urlEnd))) {
				urlEnd++;
			}
			if (urlEnd == 0) {
				continue;
			}
			double size = 1;
			if (urlEnd < candidate.length()) {
				int descriptorStart = urlEnd;
				while (isSpace(candidate.charAt(descriptorStart))) {
					descriptorStart++;
				}
				int descriptorEnd = descriptorStart;
				while (descriptorEnd < candidate.length() && !isSpace(candidate.charAt(descriptorEnd))) {
					descriptorEnd++;
				}
				String descriptor = candidate.substring(descriptorStart, descriptorEnd).toLowerCase(Locale.ROOT);
				try {
					size = Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
				}
				catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
					size = 1;
				}
			}
			if (size > bestSize) {
				best = candidate.substring(0, urlEnd);
				bestSize = size;
			}
		}
		return best;
	}

	/** The whitespace of a regular expression's \\s. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** False for tracking pixels, icons, logos, avatars and images declared tiny. */
	static boolean isContent(Element img, String src) {
		if (tooSmall(img.attr("width")) || tooSmall(img.attr("height"))) {
			return false;
		}
		String lowerSrc = src.toLowerCase(Locale.ROOT);
		int query = lowerSrc.indexOf('?');
		String path = query >= 0 ? lowerSrc.substring(0, query) : lowerSrc;
		if (NOT_CONTENT.flags(path) != 0 || path.endsWith(".svg") || path.endsWith(".ico")) {
			return false;
		}
		String names = (img.className() + ' ' + img.id()).toLowerCase(Locale.ROOT);
		if (NOT_CONTENT_NAME.flags(names) != 0) {
			return false;
		}
		// a logo or avatar wrapper sits close to its image
		Element parent = img.parent();
		for (int level = 0; level < 4 && parent != null && !parent.nameIs("body"); level++, parent = parent.parent()) {
			String parentNames = parent.className().toLowerCase(Locale.ROOT);
			if (!parentNames.isEmpty() && NOT_CONTENT_NAME.flags(parentNames) != 0) {
				return false;
			}
			if (parent.nameIs("figure") || parent.nameIs("p") || parent.nameIs("article")) {
				break;
			}
		}
		return true;
	}

	private static StemMatcher stems(String... stems) {
		Map<String, Integer> flags = new HashMap<>();
		for (String stem : stems) {
			flags.put(stem, 1);
		}
		return new StemMatcher(flags);
	}

	private static boolean tooSmall(String size) {
		if (size.isBlank()) {
			return false;
		}
		String digits = size.strip().replace("px", "");
		try {
			return Double.parseDouble(digits) < MIN_SIZE;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
