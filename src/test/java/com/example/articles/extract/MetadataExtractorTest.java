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
	void cleanAuthorDropsTranslatorsPhotographersAndIllustrators() {
		assertThat(MetadataExtractor.cleanAuthor("Übersetzt von: Roland Weber")).isEmpty();
		assertThat(MetadataExtractor.cleanAuthor("Jane Doe, translated by John Roe")).containsExactly("Jane Doe");
		assertThat(MetadataExtractor.cleanAuthor("Anna Nowak, tłumaczenie Piotr Zieliński"))
			.containsExactly("Anna Nowak");
		assertThat(MetadataExtractor.cleanAuthor("Marie Dubois, traduit par Paul Martin"))
			.containsExactly("Marie Dubois");
		assertThat(MetadataExtractor.cleanAuthor("By Ann Lee | Photos by Bo Chen")).containsExactly("Ann Lee");
		assertThat(MetadataExtractor.cleanAuthor("Ann Lee and Bo Chen")).containsExactly("Ann Lee", "Bo Chen");
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

	private ArticleMetadata page(String head, String body) {
		String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
		return this.extractor.extract(html, "https://example.org/news/a").metadata();
	}

	private static final String LEAD = "<p>The council voted on Tuesday night to approve the new plan for the harbour,"
			+ " after a debate that lasted more than four hours and drew a crowd of residents to the town hall.</p>";

	@Test
	void aPrintedDatelineWithAZoneWinsOverMarkupWithTheWrongOffset() {
		// JSON-LD gives the local clock time with a wrong offset, the meta tag the right
		// instant: the one that agrees with the printed line is kept, with its seconds
		ArticleMetadata metadata = page(
				jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan approved\","
						+ "\"datePublished\":\"2019-11-20T04:31:13-06:00\"}")
						+ "<meta property=\"article:published_time\" content=\"2019-11-20T04:31:13+00:00\">",
				"<h1>Harbour plan approved</h1><div class=\"meta\"><span>Ann Lee</span> - "
						+ "<span>Nov 19, 2019, 10:31 pm CST</span></div>" + LEAD);
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2019-11-20T04:31:13Z"));
	}

	@Test
	void aPrintedDatelineWithAZoneWinsOverLocalTimeLabelledUtc() {
		ArticleMetadata metadata = page(
				jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan approved\","
						+ "\"datePublished\":\"2019-11-18T10:45:00Z\"}"),
				"<div class=\"article\"><h1>Harbour plan approved</h1><div class=\"byline\">Monday November 18, 2019"
						+ " 7:45 am PST by <a href=\"/author/ann\">Ann Lee</a></div>" + LEAD + "</div>");
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2019-11-18T15:45:00Z"));
		assertThat(metadata.authors()).containsExactly("Ann Lee");
	}

	@Test
	void theUpdateTimePrintedUnderTheHeadlineIsNotThePublication() {
		ArticleMetadata metadata = page("<meta property=\"article:published_time\" content=\"2019-11-20T05:57:50Z\">",
				"<h1>Harbour plan approved</h1><span class=\"timestamp\">Updated <time datetime=\"2019-11-20T06:01:19Z\">"
						+ "10:01 pm PST, Tuesday, November 19, 2019</time></span>" + LEAD);
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2019-11-20T05:57:50Z"));
	}

	@Test
	void aDatePrintedFarFromTheHeadlineIsNotRead() {
		ArticleMetadata metadata = page("", "<h1>Harbour plan approved</h1>" + LEAD + LEAD
				+ "<aside><h3>Related</h3><div class=\"story\">Nov 2, 2019, 9:00 am EST</div></aside>");
		assertThat(metadata.publishedAt()).isNull();
	}

	@Test
	void aDatelineWithoutZoneIsUsedWhenNothingIsDeclared() {
		ArticleMetadata metadata = page("", "<h1 class=\"article__title\">Harbour plan approved</h1>"
				+ "<p class=\"article__meta\">By <a href=\"/staff/ann\">Ann Lee</a> on Monday, November 18th, 2019 at"
				+ " 11:08 a.m.</p>" + LEAD);
		// no zone: the local clock time, read as UTC, keeps the printed day
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2019-11-18T11:08:00Z"));
	}

	@Test
	void aKoreanStampIsReadInKoreanTime() {
		ArticleMetadata metadata = page("<title>항구 계획 승인, 주민들 환영 - 뉴스</title>",
				"<h1>뉴스</h1><div class=\"news\"><dl class=\"newsTitle\"><dt>항구 계획 승인, 주민들 환영</dt></dl>"
						+ " 기사입력 :[ 2018-08-25 15:24 ] <div class=\"body\"><p>시의회는 화요일 밤 항구 재개발 계획을 승인했다."
						+ " 네 시간이 넘는 토론 끝에 주민들이 시청을 가득 메운 가운데 표결이 이루어졌다. 계획은 내년 봄에 시작된다.</p>"
						+ "<br>홍길동 기자 hong@example.co.kr<br>저작권자 ⓒ 뉴스, 무단전재 및 재배포금지</div></div>");
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2018-08-25T06:24:00Z"));
		assertThat(metadata.authors()).containsExactly("홍길동");
	}

	@Test
	void aFactCheckIsPublishedWhenItsClaimReviewIs() {
		ArticleMetadata metadata = page(
				jsonLd("{\"@type\":\"ClaimReview\",\"datePublished\":\"2019-11-18T10:15:00+00:00\","
						+ "\"author\":{\"@type\":\"Organization\",\"name\":\"Fact Desk\"}}"),
				"<header><h1>Did the mayor sell the harbour?</h1><div class=\"authors-wrapper\"><ul class=\"authors\">"
						+ "<li><a class=\"author\" href=\"/author/ann\">Ann Lee</a></li></ul></div>"
						+ "<span class=\"date\">18 November 2019</span></header>" + LEAD);
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2019-11-18T10:15:00Z"));
		assertThat(metadata.authors()).containsExactly("Ann Lee");
	}

	@Test
	void thePrintedBylineWinsOverMarkupThatNamesThePoster() {
		ArticleMetadata metadata = page("<meta name=\"author\" content=\"Kim Poster\">",
				"<h1>Harbour plan approved</h1><div><span class=\"header-byline\">By <a href=\"/by/ann\">Ann Lee</a>"
						+ "</span></div>" + LEAD);
		assertThat(metadata.authors()).containsExactly("Ann Lee");
	}

	@Test
	void coAuthorsInOneMarkedElementNextToAPublicationLine() {
		ArticleMetadata metadata = page("", "<article><h1>Harbour plan approved</h1><div class=\"byline-section\">"
				+ "<div class=\"attribution\"><span class=\"author\"> Ann Lee and Bo J. Chen </span>"
				+ "<span class=\"publication\"> Harbour Gazette </span></div>"
				+ "<div class=\"publish-date\">Published 10:02 AM EST Nov 19, 2019</div></div>" + LEAD + "</article>");
		assertThat(metadata.authors()).containsExactly("Ann Lee", "Bo J. Chen");
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2019-11-19T15:02:00Z"));
	}

	@Test
	void oneMarkedElementPerAuthor() {
		ArticleMetadata metadata = page("",
				"<h1>Harbour plan approved</h1><p class=\"byline\">By <span class=\"by-author\">"
						+ "<a href=\"/a\">Ann Lee</a>, </span><span class=\"by-author\"><a href=\"/b\">Bo Chen</a></span> "
						+ "<time datetime=\"2019-11-18T22:05:36+00:00\">2019-11-18T22:05:36Z</time></p>" + LEAD);
		assertThat(metadata.authors()).containsExactly("Ann Lee", "Bo Chen");
	}

	@Test
	void theNameElementOfAnAuthorCardWithoutItsRoleOrLinks() {
		ArticleMetadata metadata = page("", "<h1>Harbour plan approved</h1><div class=\"article-author\">"
				+ "<img class=\"article-author__image\" src=\"a.jpg\" alt=\"\"><div class=\"article-author__details\">"
				+ "<h3 class=\"article-author__name\"><a href=\"/ann\">Ann Lee</a></h3>"
				+ "<p class=\"article-author__role\">News reporter <a href=\"#\">@annlee</a></p></div></div>" + LEAD);
		assertThat(metadata.authors()).containsExactly("Ann Lee");
	}

	@Test
	void readingTimesViewMoreLinksAndHiddenDuplicatesAreNotPartOfTheName() {
		assertThat(page("", "<h1>Harbour plan approved</h1><div class=\"Byline_bar\"><div class=\"Byline_name\">"
				+ "<a href=\"/ann\">Ann Lee</a></div><p class=\"Byline_reading-time\">5 Min Read</p></div>" + LEAD)
			.authors()).containsExactly("Ann Lee");
		assertThat(page("",
				"<h1>Harbour plan approved</h1><div class=\"author\"><h4><a href=\"/ann\">Ann Lee</a>"
						+ "<a href=\"/ann\"><span>View More Articles</span></a></h4></div>" + LEAD)
			.authors()).containsExactly("Ann Lee");
		assertThat(page("",
				"<h1>Harbour plan approved</h1><div class=\"author\"> By <a href=\"/ann\">Ann Lee</a>"
						+ " <a href=\"\" rel=\"author\" style=\"display:none\">Ann Lee</a></div>" + LEAD)
			.authors()).containsExactly("Ann Lee");
		assertThat(page("", "<h1>Harbour plan approved</h1><p class=\"author-section\">By <a class=\"author\">"
				+ "ANN LEE FOR THE GAZETTE</a></p>" + LEAD)
			.authors()).containsExactly("Ann Lee");
	}

	@Test
	void theSiteNameWithPublicationWordsIsNoAuthor() {
		assertThat(MetadataExtractor.cleanAuthor("by Harbour Post News Weekly", List.of("Harbour Post"))).isEmpty();
		assertThat(MetadataExtractor.cleanAuthor("Harbour Post Staff", List.of("Harbour Post")))
			.containsExactly("Harbour Post Staff");
	}

	@Test
	void theHeadlineUnderALogoH1AnchorsTheHeaderArea() {
		ArticleMetadata metadata = page(
				"<title>Harbour plan approved | Gazette</title>"
						+ "<meta property=\"og:site_name\" content=\"Gazette\">",
				"<h1>Gazette</h1><nav><a href=\"/\">Home</a></nav><h2 class=\"article-title\">Harbour plan approved</h2>"
						+ "<div class=\"date\"><div>November 20</div><div><font>15:23</font> <font>2019</font></div></div>"
						+ LEAD);
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2019-11-20T15:23:00Z"));
	}

	@Test
	void anH1LinkingToTheHomePageIsTheLogoNotTheHeadline() {
		ArticleMetadata metadata = page("<title>Ferry service to the islands resumes - Coast Courier</title>",
				"<div class=\"top\"><h1><a href=\"/\">Coast Courier</a></h1></div><div class=\"story\">"
						+ "<h2>Ferry service to the islands resumes</h2>" + LEAD + "</div>");
		assertThat(metadata.title()).isEqualTo("Ferry service to the islands resumes");
		// without a site name declared, the logo's text is what to strip from the title
		assertThat(page("<title>Ferry service to the islands resumes | Coast Courier</title>",
				"<h1><a href=\"/\">Coast Courier</a></h1>" + LEAD)
			.title()).isEqualTo("Ferry service to the islands resumes");
		// with nothing else declared, the logo is still better than no title
		assertThat(page("", "<h1><a href=\"https://example.org/\">Coast Courier</a></h1>" + LEAD).title())
			.isEqualTo("Coast Courier");
	}

	@Test
	void aPrintedTimeOneHourOffIsASummerTimeLabelNotAContradiction() {
		// "EST" printed in June: the markup's 13:49:32Z is the right instant
		ArticleMetadata metadata = page("<meta property=\"article:published_time\" content=\"2020-06-12T13:49:32Z\">",
				"<h1>Harbour plan approved</h1><div class=\"dateline\">June 12, 2020 9:49 am EST</div>" + LEAD);
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2020-06-12T13:49:32Z"));
	}

	@Test
	void aPrintedDateDaysAwayFromTheMarkupIsAnotherEvent() {
		ArticleMetadata metadata = page("<meta property=\"article:published_time\" content=\"2023-10-27T13:00:00Z\">",
				"<h1>Harbour plan approved</h1><div class=\"dateline\">November 9, 2023 6:22 am CST</div>" + LEAD);
		assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2023-10-27T13:00:00Z"));
	}

	@Test
	void aBylineLabelAloneOrALineWithoutNamesIsSkippedForTheNextCandidate() {
		ArticleMetadata metadata = page("", "<h1>Hafenplan genehmigt</h1><div class=\"author-label\">Von</div>"
				+ "<div class=\"author-date\">29. Juni 2017</div><div class=\"author-name\">Anna Lehmann</div>" + LEAD);
		assertThat(metadata.authors()).containsExactly("Anna Lehmann");
	}

	@Test
	void namesPrintedTwiceAccountNamesAndTrailingDashes() {
		assertThat(MetadataExtractor.cleanAuthor("Ann LeeAnn Lee")).containsExactly("Ann Lee");
		assertThat(MetadataExtractor.cleanAuthor("jane.doe")).isEmpty();
		assertThat(MetadataExtractor.cleanAuthor("Herr_Rein")).isEmpty();
		assertThat(MetadataExtractor.cleanAuthor("John Walk -")).containsExactly("John Walk");
		assertThat(MetadataExtractor.cleanAuthor("Ann Lee Last updated 3 May")).containsExactly("Ann Lee");
		assertThat(MetadataExtractor.cleanAuthor("Eine Analyse von Ann Lee")).containsExactly("Ann Lee");
		assertThat(MetadataExtractor.cleanAuthor("Ann Lee Chefredakteurin")).isEmpty();
	}

	@Test
	void plausibleNames() {
		assertThat(MetadataExtractor.isPlausibleName("Alexa von Heyden")).isTrue();
		assertThat(MetadataExtractor.isPlausibleName("홍길동")).isTrue();
		assertThat(MetadataExtractor.isPlausibleName("Full Bio")).isFalse();
		assertThat(MetadataExtractor.isPlausibleName("7 News WSVN")).isFalse();
		assertThat(MetadataExtractor.isPlausibleName("posted in News")).isFalse();
	}

}
