package com.example.articles.url;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlCanonicalizerTest {

	private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					https://www.example.com/a?utm_source=tw&utm_medium=social&id=7#comments | https://www.example.com/a?id=7
					HTTPS://WWW.Example.COM:443/News/Story.html                            | https://www.example.com/News/Story.html
					http://example.com:80                                                   | http://example.com/
					http://example.com:8080/a                                               | http://example.com:8080/a
					https://example.com/a?fbclid=abc&gclid=def&ito=social&ns_mchannel=x&ns_campaign=y | https://example.com/a
					https://example.com/a?page=2&utm_campaign=x&q=news                      | https://example.com/a?page=2&q=news
					""")
	void cleansTrackingParametersFragmentsHostCaseAndDefaultPorts(String url, String expected) {
		assertThat(this.canonicalizer.canonicalize(url, null)).isEqualTo(expected);
	}

	@Test
	void prefersASaneCanonicalLink() {
		assertThat(this.canonicalizer.canonicalize("https://m.example.co.uk/news/1?utm_source=x",
				"https://www.example.co.uk/news/1"))
			.isEqualTo("https://www.example.co.uk/news/1");
	}

	@Test
	void resolvesARelativeCanonicalLink() {
		assertThat(this.canonicalizer.canonicalize("https://example.com/amp/story-1", "/story-1"))
			.isEqualTo("https://example.com/story-1");
	}

	@Test
	void ignoresACanonicalLinkOnAnotherDomain() {
		assertThat(this.canonicalizer.canonicalize("https://news.example.com/a", "https://partner.example.org/a"))
			.isEqualTo("https://news.example.com/a");
	}

	@Test
	void ignoresACanonicalLinkThatIsNotHttp() {
		assertThat(this.canonicalizer.canonicalize("https://example.com/a", "javascript:alert(1)"))
			.isEqualTo("https://example.com/a");
		assertThat(this.canonicalizer.canonicalize("https://example.com/a", "ftp://example.com/a"))
			.isEqualTo("https://example.com/a");
	}

	@Test
	void cleansTheCanonicalLinkToo() {
		assertThat(this.canonicalizer.canonicalize("https://example.com/a", "https://EXAMPLE.com/a?utm_source=rss#top"))
			.isEqualTo("https://example.com/a");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			www.bbc.co.uk        | bbc.co.uk
			news.example.com     | example.com
			example.com          | example.com
			a.b.example.com.au   | example.com.au
			www.lemonde.fr       | lemonde.fr
			""")
	void findsTheRegistrableDomain(String host, String expected) {
		assertThat(UrlCanonicalizer.registrableDomain(host)).isEqualTo(expected);
	}

}
