package com.example.articles.url;

import java.util.List;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver gives what jsoup's absUrl gives, for any base and link. */
class LinkResolverTest {

	private static final List<String> BASES = List.of("https://example.org/news/a.html",
			"http://www.example.org/a/b/c?x=1#top", "https://example.org", "https://user@example.org/a",
			"https://example.org:8443/a/", "HTTPS://Example.ORG/a", "https://exa mple.org/a", "about:blank", "",
			"https://[::1]/a", "https://example.org/a b/./c");

	private static final List<String> URLS = List.of("https://cdn.example.org/i/big.jpg",
			"http://cdn.example.org/i/big.jpg?w=800&h=600", "https://cdn.example.org", "https://cdn.example.org?x",
			"https://cdn.example.org#frag", "https://cdn.example.org/p?", "https://cdn.example.org/p#",
			"https://cdn.example.org/a?b=1?c=2#d#e", "https://cdn.example.org/a#x?y", "//cdn.example.org/x.jpg",
			"//cdn.example.org", "/i/big.jpg", "/i/big.jpg?w=1#f", "/", "/%E2%9C%93/caf\u00e9.jpg",
			"https://cdn.example.org/caf\u00e9 au lait.jpg", "https://cdn.example.org/./x.jpg",
			"https://cdn.example.org/a/../x.jpg", "/a/../x.jpg", "/./x.jpg", "/.well-known/x", "x.jpg", "../x.jpg",
			"?page=2", "#top", "", "https://user:pw@cdn.example.org/x", "https://cdn.example.org:443/x",
			"https://cdn.example.org:/x", "https:///x", "https://[::1]/x", "HTTPS://CDN.example.org/X",
			"https://cdn.exa%20mple.org/x", "https://cdn.example.org/a\tb", "https://cdn.example.org/a\u0001b",
			"https://cdn.example.org/a\\b", "mailto:someone@example.org", "javascript:void(0)", "tel:+123",
			"ftp://example.org/x", "//", "///x", "//cdn.example.org:8080/x", "//user@cdn.example.org/x", "other",
			"../up/./x", "./x?a=1&b=2#frag", " /spaced ", "HTTP://A.example/../x", "  JaVaScRiPt:alert(1)",
			"data:text/html,x", "http:", "http://", "/tab\tin\npath", "weird:", "::", "/a b");

	@Test
	void sameResultAsJsoupForEveryShape() {
		for (String base : BASES) {
			for (String url : URLS) {
				assertThat(LinkResolver.resolve(base, url)).as("%s against %s", url, base)
					.isEqualTo(StringUtil.resolve(base, url));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://example.com/news/story.html?id=7", "https://example.com",
			"http://example.com/a/b/", "https://example.com/a\tb", "not a url", "", "mailto:x@example.com",
			"https://user@example.com:8443/a" })
	void anInstanceResolvesAsAbsUrl(String base) {
		LinkResolver resolver = new LinkResolver(base);
		for (String link : URLS) {
			Element element = new Element("a").attr("href", link);
			element.setBaseUri(base);
			assertThat(resolver.resolve(link)).as(link)
				.isEqualTo(element.absUrl("href"))
				.isEqualTo(StringUtil.resolve(base, link));
		}
	}

	@Test
	void commonShapesSkipJsoup() {
		String base = "https://example.org/news/a.html";
		assertThat(LinkResolver.resolveCommon(base, "https://cdn.example.org/i/big.jpg?w=800"))
			.isEqualTo("https://cdn.example.org/i/big.jpg?w=800");
		assertThat(LinkResolver.resolveCommon(base, "//cdn.example.org/x.jpg"))
			.isEqualTo("https://cdn.example.org/x.jpg");
		assertThat(LinkResolver.resolveCommon(base, "/i/big.jpg")).isEqualTo("https://example.org/i/big.jpg");
	}

	@Test
	void unusualShapesGoToJsoup() {
		String base = "https://example.org/news/a.html";
		assertThat(LinkResolver.resolveCommon(base, "x.jpg")).isNull();
		assertThat(LinkResolver.resolveCommon(base, "/a/../x.jpg")).isNull();
		assertThat(LinkResolver.resolveCommon(base, "https://cdn.example.org:8080/x")).isNull();
		assertThat(LinkResolver.resolveCommon(base, "https://cdn.example.org/a b")).isNull();
		assertThat(LinkResolver.resolveCommon("https://example.org:8080/a", "/x")).isNull();
	}

}
