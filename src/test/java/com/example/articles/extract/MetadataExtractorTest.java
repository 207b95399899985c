package com.example.articles.extract;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {

	private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(SiteProfiles.empty());

	private ArticleMetadata metadata(String head, String body) {
		String html = "<html" + "><head>" + head + "</head><body>" + body
				+ "<article><p>Some article text that is long enough to be a paragraph of the body.</p></article>"
				+ "</body></html>";
		return this.extractor.extract(html, "https://example.org/news/a").metadata();
	}

	private static String jsonLd(String json) {
		return "<script type=\"application/ld+json\">" + json + "</script>";
	}

	@Test
	void jsonLdGraphWithPersonReferences() {
		ArticleMetadata metadata = this.extractor.extract(Fixtures.page("jsonld-graph.html"), "https://example.org/a")
			.metadata();
		assertThat(metadata.title()).isEqualTo("Rail strike called off at the last minute");
		assertThat(metadata.authors()).containsExactly("Priya Shah", "Tom Okafor");
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2023-03-02T18:45:00Z"));
		assertThat(metadata.modifiedAt()).isEqualTo(Instant.parse("2023-03-02T20:10:00Z"));
		assertThat(metadata.language()).isEqualTo("en-GB");
		assertThat(metadata.siteName()).isEqualTo("Metro Times");
		assertThat(metadata.description()).isEqualTo("Unions and operators reach a deal hours before the walkout.");
	}

	@Test
	void jsonLdAuthorAsStringObjectOrArray() {
		assertThat(metadata(jsonLd("{\"@type\":\"NewsArticle\",\"author\":\"By Ann Lee\"}"), "").authors())
			.containsExactly("Ann Lee");
		assertThat(
				metadata(jsonLd("{\"@type\":\"BlogPosting\",\"author\":{\"@type\":\"Person\",\"name\":\"Ann Lee\"}}"),
						"")
					.authors())
			.containsExactly("Ann Lee");
		assertThat(metadata(jsonLd("[{\"@type\":\"ReportageNewsArticle\",\"author\":[{\"name\":\"Ann Lee\"},"
				+ "{\"name\":\"Bo Chen\"},{\"name\":\"ann lee\"}]}]"), "")
			.authors()).containsExactly("Ann Lee", "Bo Chen");
	}

	@Test
	void malformedJsonLdIsTolerated() {
		ArticleMetadata metadata = metadata(jsonLd("<!-- {\"@type\":\"NewsArticle\",\"headline\":\"Broken but "
				+ "readable\",\"datePublished\":\"2020-01-02\",} -->"), "");
		assertThat(metadata.title()).isEqualTo("Broken but readable");
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
		assertThat(
				metadata(jsonLd("{\"@type\":\"NewsArticle\",\"headline\": oops"), "<h1>Visible headline</h1>").title())
			.isEqualTo("Visible headline");
	}

	@Test
	void openGraphAndMetaTags() {
		ArticleMetadata metadata = metadata(
				"<title>Ignored | Site</title>" + "<meta property=\"og:title\" content=\"The headline | The Site\">"
						+ "<meta property=\"og:site_name\" content=\"The Site\">"
						+ "<meta property=\"og:description\" content=\"What happened.\">"
						+ "<meta property=\"og:locale\" content=\"en_GB\">"
						+ "<meta property=\"og:url\" content=\"https://example.org/news/a-canonical\">"
						+ "<meta property=\"article:author\" content=\"https://example.org/authors/x\">"
						+ "<meta name=\"author\" content=\"Cara Diaz\">"
						+ "<meta property=\"article:published_time\" content=\"2019-11-19T13:16:49+0100\">",
				"");
		assertThat(metadata.title()).isEqualTo("The headline");
		assertThat(metadata.siteName()).isEqualTo("The Site");
		assertThat(metadata.description()).isEqualTo("What happened.");
		assertThat(metadata.language()).isEqualTo("en-GB");
		assertThat(metadata.canonicalUrl()).isEqualTo("https://example.org/news/a-canonical");
		assertThat(metadata.authors()).containsExactly("Cara Diaz");
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2019-11-19T12:16:49Z"));
	}

	@Test
	void canonicalLinkWinsOverOgUrlAndIsMadeAbsolute() {
		assertThat(metadata("<link rel=\"canonical\" href=\"/news/real\"><meta property=\"og:url\" "
				+ "content=\"https://example.org/og\">", "")
			.canonicalUrl()).isEqualTo("https://example.org/news/real");
	}

	@Test
	void titleFallsBackToH1AndThenToThePageTitleWithoutTheSiteSuffix() {
		assertThat(metadata("<title>Floods close the coast road | Western Gazette</title>",
				"<h1>Floods close the " + "coast road</h1>")
			.title()).isEqualTo("Floods close the coast road");
		assertThat(metadata("<title>Floods close the coast road again today - Western Gazette</title>", "").title())
			.isEqualTo("Floods close the coast road again today");
	}

	@Test
	void datesFromTimeElementsAndOtherMetaNames() {
		assertThat(metadata("", "<time datetime=\"2021-05-06T07:08:09Z\">May 6</time>").publishedAt())
			.isEqualTo(Instant.parse("2021-05-06T07:08:09Z"));
		assertThat(metadata("<meta name=\"parsely-pub-date\" content=\"2021-05-06T09:00:00+02:00\">", "").publishedAt())
			.isEqualTo(Instant.parse("2021-05-06T07:00:00Z"));
		assertThat(metadata("<meta name=\"DC.date.issued\" content=\"2021-05-06\">", "").publishedAt())
			.isEqualTo(Instant.parse("2021-05-06T00:00:00Z"));
	}

	@Test
	void languageFromHtmlLangNormalized() {
		String html = "<html lang=\"DE_at\"><body><p>Text</p></body></html>";
		assertThat(this.extractor.extract(html, "https://example.org/").metadata().language()).isEqualTo("de-AT");
	}

	@Test
	void bylineElementAndRelAuthor() {
		assertThat(metadata("", "<a rel=\"author\" href=\"/a\">Dana Fox</a>").authors()).containsExactly("Dana Fox");
		assertThat(
				metadata("", "<div class=\"byline\">By Eve Stone and Finn Gray | Updated 3 May 2021</div>").authors())
			.containsExactly("Eve Stone", "Finn Gray");
	}

	@Test
	void cleanAuthorStripsPrefixesInSeveralLanguages() {
		assertThat(MetadataExtractor.cleanAuthor("Von Jürgen Müller")).containsExactly("Jürgen Müller");
		assertThat(MetadataExtractor.cleanAuthor("Par Émilie Durand")).containsExactly("Émilie Durand");
		assertThat(MetadataExtractor.cleanAuthor("By ANN LEE, BO CHEN")).containsExactly("ANN LEE", "BO CHEN");
	}

}
