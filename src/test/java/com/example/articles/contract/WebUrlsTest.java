package com.example.articles.contract;

import java.net.URISyntaxException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebUrlsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			https://example.com/a?b=c#d                     | https://example.com/a?b=c#d
			https://seglerblog.stössenseer.de/post/1        | https://seglerblog.xn--stssenseer-fcb.de/post/1
			https://example.com/a path/with space.html       | https://example.com/a%20path/with%20space.html
			https://de.example.org/wiki/Köln?q=straße        | https://de.example.org/wiki/K%C3%B6ln?q=stra%C3%9Fe
			https://user@bücher.example:8443/x               | https://user@xn--bcher-kva.example:8443/x
			/relative/päth                                   | /relative/p%C3%A4th
			""")
	void parsesUrlsTheWayBrowsersWriteThem(String url, String expected) throws URISyntaxException {
		assertThat(WebUrls.toUri(url)).hasToString(expected);
	}

	@Test
	void keepsRejectingAHostThatIsNoName() {
		assertThatExceptionOfType(URISyntaxException.class).isThrownBy(() -> WebUrls.toUri("https://exa mple.com/"));
	}

	@Test
	void theReaderAcceptsAnInternationalizedHost() {
		RawArticleEvent event = new RawEventReader(1 << 20)
			.read("{\"url\":\"https://seglerblog.stössenseer.de/a b\",\"text\":\"x\"}");
		assertThat(event.url()).isEqualTo("https://seglerblog.stössenseer.de/a b");
	}

}
