package com.example.articles.extract;

import java.time.Instant;
import java.util.List;

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
		assertThat(MetadataExtractor.cleanAuthor("By ANN LEE, BO CHEN")).containsExactly("Ann Lee", "Bo Chen");
	}

	@Test
	void cleanAuthorDropsPublicationsJobTitlesAccountsAndDatelines() {
		List<String> publisher = List.of("Metro Times");
		assertThat(MetadataExtractor.cleanAuthor("By Ann Lee, Metro Times", publisher)).containsExactly("Ann Lee");
		assertThat(MetadataExtractor.cleanAuthor("Kevin Roe METRO TIMES", publisher)).containsExactly("Kevin Roe");
		assertThat(MetadataExtractor.cleanAuthor("Metro Times", publisher)).isEmpty();
		assertThat(MetadataExtractor.cleanAuthor("By TOM ROE, AP Senior Political Writer")).containsExactly("Tom Roe");
		assertThat(MetadataExtractor.cleanAuthor("Troy Smith, example.com")).containsExactly("Troy Smith");
		assertThat(MetadataExtractor.cleanAuthor("admin")).isEmpty();
		assertThat(MetadataExtractor.cleanAuthor("jdoe2019")).isEmpty();
		assertThat(MetadataExtractor.cleanAuthor("KWXTWEB")).isEmpty();
		assertThat(MetadataExtractor.cleanAuthor("Regan")).containsExactly("Regan");
		assertThat(MetadataExtractor.cleanAuthor("Ann Lee Monday, November 18, 2019 04:05 pm"))
			.containsExactly("Ann Lee");
		assertThat(MetadataExtractor.cleanAuthor("City Desk 19 November 2019")).containsExactly("City Desk");
	}

	@Test
	void aMiddleInitialIsNotAConjunction() {
		assertThat(MetadataExtractor.cleanAuthor("Bruce Y. Lee")).containsExactly("Bruce Y. Lee");
		assertThat(MetadataExtractor.cleanAuthor("Ana Ruiz y Pedro Gil")).containsExactly("Ana Ruiz", "Pedro Gil");
		assertThat(MetadataExtractor.cleanAuthor("ANN LEE AND BO CHEN")).containsExactly("Ann Lee", "Bo Chen");
	}

	@Test
	void organizationAuthorsInJsonLdGiveWayToThePrintedByline() {
		ArticleMetadata metadata = metadata(
				jsonLd("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Metro\"}}"),
				"<div class=\"byline\">By Ann Lee</div>");
		assertThat(metadata.authors()).containsExactly("Ann Lee");
	}

	@Test
	void aPublicationLineUnderTheNamesIsNotPartOfTheLastName() {
		ArticleMetadata metadata = metadata("",
				"<div class=\"byline\"><div>By ANN LEE and BO CHEN</div><div>Wire Service</div></div>");
		assertThat(metadata.authors()).containsExactly("Ann Lee", "Bo Chen");
	}

	@Test
	void thePrintedBylineCompletesAMarkupThatNamesOnlyTheFirstAuthor() {
		ArticleMetadata metadata = metadata("<meta name=\"author\" content=\"Ann Lee\">",
				"<div class=\"byline\">Ann Lee and Bo Chen</div>");
		assertThat(metadata.authors()).containsExactly("Ann Lee", "Bo Chen");
	}

	@Test
	void printedHeadlineInTheArticleWinsOverTheSocialTitle() {
		String html = "<html><head><meta property=\"og:title\" content=\"Bridge opens: what you need to know\">"
				+ "<title>Bridge opens: what you need to know | Metro Times</title></head><body><article>"
				+ "<h1>New river bridge opens to traffic after three years of work</h1>"
				+ "<p>Some article text that is long enough to be a paragraph of the body.</p></article></body></html>";
		assertThat(this.extractor.extract(html, "https://example.org/a").metadata().title())
			.isEqualTo("New river bridge opens to traffic after three years of work");
	}

	@Test
	void aLogoH1OutsideTheArticleDoesNotReplaceTheTitle() {
		String html = "<html><head><meta property=\"og:title\" content=\"New river bridge opens to traffic\">"
				+ "</head><body><header><h1>Metro Times Daily</h1></header><article>"
				+ "<p>Some article text that is long enough to be a paragraph of the body.</p></article></body></html>";
		assertThat(this.extractor.extract(html, "https://example.org/a").metadata().title())
			.isEqualTo("New river bridge opens to traffic");
	}

	@Test
	void escapedEntitiesInDeclaredTitlesAreDecoded() {
		assertThat(metadata(
				"<meta property=\"og:title\" content=\"&amp;#8216;Light&amp;#8217; festival &amp;#8211; day one\">", "")
			.title()).isEqualTo("\u2018Light\u2019 festival \u2013 day one");
	}

	@Test
	void undeclaredLanguageIsGuessedFromTheText() {
		String html = "<html><head><title>Bridge</title></head><body><article><p>The council said on Monday that the "
				+ "new bridge would open in the spring, and that it was built with money from the state.</p>"
				+ "</article></body></html>";
		assertThat(this.extractor.extract(html, "https://example.org/a").metadata().language()).isEqualTo("en");
	}

	@Test
	void aBareDateGivesWayToATimeOnThatDayAndPlaceholderYearsAreIgnored() {
		assertThat(
				metadata(
						jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2018-09-15\"}")
								+ "<meta property=\"article:published_time\" content=\"2018-09-15T10:15:48+02:00\">",
						"")
					.publishedAt())
			.isEqualTo(Instant.parse("2018-09-15T08:15:48Z"));
		assertThat(metadata(jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"0001-01-01T00:00:00Z\"}")
				+ "<meta property=\"article:published_time\" content=\"2019-11-20T00:07:00Z\">", "")
			.publishedAt()).isEqualTo(Instant.parse("2019-11-20T00:07:00Z"));
	}

	@Test
	void aByLineRightUnderTheHeadlineIsTheByline() {
		String html = "<html><head><title>Bridge</title></head><body><div><h1>New river bridge opens to traffic</h1>"
				+ "<p class=\"meta\">By <a href=\"/staff/ann\">Ann Lee</a> , <a href=\"/staff/bo\">Bo Chen</a>"
				+ " on Monday, November 18th, 2019 at 11:04 a.m.</p>"
				+ "<p>Some article text that is long enough to be a paragraph of the body.</p></div></body></html>";
		assertThat(this.extractor.extract(html, "https://example.org/a").metadata().authors())
			.containsExactly("Ann Lee", "Bo Chen");
	}

	@Test
	void aPrintedDatelineIsUsedWhenNoMachineReadableDateExists() {
		assertThat(metadata("", "<div class=\"publish-date\">Published 10:02 AM EST Nov 19, 2019</div>").publishedAt())
			.isEqualTo(Instant.parse("2019-11-19T15:02:00Z"));
	}

}
