package com.example.articles.sanitize;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver gives what Jsoup's absUrl gives, for any base and link. */
class LinkResolverTest {

	private static final String[] LINKS = { "/other", "other", "../up/./x", "./x?a=1&b=2#frag", "?q=1", "#top", "",
			" /spaced ", "//cdn.example/x", "https://a.example/x", "HTTP://A.example/../x", "javascript:alert(1)",
			"  JaVaScRiPt:alert(1)", "mailto:a@example.com", "data:text/html,x", "http:", "http://",
			"ftp://f.example/x", "/tab\tin\npath", "weird:", "::", "/\u00e9t\u00e9", "/a b" };

	@ParameterizedTest
	@ValueSource(strings = { "https://example.com/news/story.html?id=7", "https://example.com",
			"http://example.com/a/b/", "https://example.com/a\tb", "not a url", "", "mailto:x@example.com",
			"https://user@example.com:8443/a" })
	void resolvesAsAbsUrl(String base) {
		LinkResolver resolver = new LinkResolver(base);
		for (String link : LINKS) {
			Element element = new Element("a").attr("href", link);
			element.setBaseUri(base);
			assertThat(resolver.resolve(link)).as(link)
				.isEqualTo(element.absUrl("href"))
				.isEqualTo(StringUtil.resolve(base, link));
		}
	}

}
