package com.example.articles.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageSourcesTest {

	private static Element img(String html) {
		return Jsoup.parse("<html><body>" + html + "</body></html>", "https://example.org/news/a.html")
			.selectFirst("img");
	}

	@Test
	void lazyAttributesWinOverAPlaceholderSrc() {
		assertThat(ImageSources.source(img("<img src=\"data:image/gif;base64,R0l\" data-src=\"/i/big.jpg\">")))
			.isEqualTo("https://example.org/i/big.jpg");
		assertThat(ImageSources.source(img("<img data-lazy-src=\"//cdn.example.org/x.jpg\">")))
			.isEqualTo("https://cdn.example.org/x.jpg");
	}

	@Test
	void widestSrcsetCandidate() {
		assertThat(ImageSources.source(img("<img data-srcset=\"/s.jpg 320w, /m.jpg 640w, /l.jpg 1280w\">")))
			.isEqualTo("https://example.org/l.jpg");
		assertThat(ImageSources.widest("/a.jpg 1x, /b.jpg 2x")).isEqualTo("/b.jpg");
	}

	@Test
	void pictureSourceWhenTheImgHasNone() {
		assertThat(ImageSources.source(
				img("<picture><source srcset=\"/p-800.webp 800w, /p-1600.webp 1600w\">" + "<img alt=\"x\"></picture>")))
			.isEqualTo("https://example.org/p-1600.webp");
	}

	@Test
	void dataUriAloneIsNoSource() {
		assertThat(ImageSources.source(img("<img src=\"data:image/png;base64,iVBOR\">"))).isNull();
	}

	@Test
	void pixelsIconsLogosAvatarsAndTinyImagesAreNotContent() {
		assertThat(isContent("<img src=\"/photos/harbour.jpg\" width=\"800\">")).isTrue();
		assertThat(isContent("<img src=\"/photos/harbour.jpg\" width=\"1\" height=\"1\">")).isFalse();
		assertThat(isContent("<img src=\"/static/logo.png\">")).isFalse();
		assertThat(isContent("<img src=\"/u/123.jpg\" class=\"author-avatar\">")).isFalse();
		assertThat(isContent("<img src=\"/icons/share-icon.svg\">")).isFalse();
		assertThat(isContent("<img src=\"https://pixel.tracker.example/p.gif\">")).isFalse();
	}

	private static boolean isContent(String html) {
		Element img = img(html);
		return ImageSources.isContent(img, ImageSources.source(img));
	}

	@Test
	void srcsetCandidatesSplitAtCommaAndSpaceOrBeforeAUrl() {
		assertThat(ImageSources.widest("/s.jpg 320w,/l.jpg 1280w")).isEqualTo("/l.jpg");
		assertThat(ImageSources.widest("https://cdn.example.org/a.jpg 1x,https://cdn.example.org/b.jpg 2x"))
			.isEqualTo("https://cdn.example.org/b.jpg");
		// a comma inside a URL (no space, no URL after it) does not end the candidate
		assertThat(ImageSources.widest("/img/w_640,h_480/a.jpg 640w, /img/w_1280,h_960/a.jpg 1280w"))
			.isEqualTo("/img/w_1280,h_960/a.jpg");
		assertThat(ImageSources.widest("/only.jpg")).isEqualTo("/only.jpg");
		assertThat(ImageSources.widest("/a.jpg bogus, /b.jpg 0.5x")).isEqualTo("/a.jpg");
		assertThat(ImageSources.widest(" , ")).isNull();
	}

}
