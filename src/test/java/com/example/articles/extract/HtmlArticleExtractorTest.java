package com.example.articles.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.articles.contract.ArticleImage;
import com.example.articles.contract.RemovalReason;
import com.example.articles.contract.RemovedBlock;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleExtractorTest {

	private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(SiteProfiles.empty());

	private ExtractedArticle extract(String fixture) {
		return this.extractor.extract(Fixtures.page(fixture), "https://www.courier.example/news/page.html");
	}

	private static List<String> texts(ExtractedArticle article) {
		return article.blocks().stream().map(Block::text).toList();
	}

	private static List<String> removed(ExtractedArticle article, RemovalReason reason) {
		return article.removed()
			.stream()
			.filter(r -> r.reason().equals(reason.code()))
			.map(RemovedBlock::text)
			.toList();
	}

	@Test
	void dailyMailStylePageKeepsEachCaptionOnceOnItsImage() {
		ExtractedArticle article = extract("daily-mail-style.html");
		assertThat(article.images()).extracting(ArticleImage::src)
			.containsExactly("https://i.courier.example/photos/park-vote.jpg",
					"https://www.courier.example/photos/footbridge.jpg");
		assertThat(article.images()).extracting(ArticleImage::caption)
			.containsExactly("Campaigners celebrate outside the town hall after the vote on Tuesday evening",
					"An artist's impression of the planned footbridge over the river");
		assertThat(article.images().get(1).credit()).isEqualTo("Courier Council/PA");
		assertThat(String.join("\n", texts(article))).doesNotContain("Campaigners celebrate", "artist's impression",
				"Pin it");
		assertThat(removed(article, RemovalReason.CAPTION)).hasSize(2);
		assertThat(removed(article, RemovalReason.DUPLICATE_CAPTION)).hasSize(2);
	}

	@Test
	void dailyMailStylePageDropsChromeInsideTheArticle() {
		ExtractedArticle article = extract("daily-mail-style.html");
		List<String> texts = texts(article);
		assertThat(texts).first().asString().startsWith("Campaigners fought for ten years");
		assertThat(texts).contains(
				"Opponents had argued the site should be used for housing, but the council said homes would be built on two nearby plots instead.");
		String body = String.join("\n", texts);
		assertThat(body).doesNotContain("Advertisement", "Read more", "Related articles", "About time!", "Share",
				"JANE PORTER", "Published:", "All rights reserved", "Home");
		assertThat(removed(article, RemovalReason.BOILERPLATE)).contains("Advertisement",
				"Read more: Council unveils housing plan for the market quarter");
	}

	@Test
	void wordPressPageKeepsHeadingsListsAndQuotesInReadingOrder() {
		ExtractedArticle article = extract("wordpress.html");
		assertThat(article.blocks()).extracting(Block::kind)
			.containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING,
					BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH,
					BlockKind.QUOTE);
		String body = String.join("\n", texts(article));
		assertThat(body).doesNotContain("Share this", "Growing basil", "one-third rule", "Recent Posts",
				"written by Sam", "Posted on", "Skip to content");
	}

	@Test
	void wordPressFigureCaptionAndCreditGoToTheImage() {
		ExtractedArticle article = extract("wordpress.html");
		assertThat(article.images())
			.containsExactly(new ArticleImage("https://kitchengarden.example/wp-content/uploads/2020/06/sideshoot.jpg",
					"A tomato sideshoot between stem and leaf",
					"Pinch out sideshoots like this one while they are small", "Sam Greenwood"));
	}

	@Test
	void blockHtmlKeepsInlineMarkup() {
		String html = "<html><body><article><p>The <a href=\"/x\">first</a> paragraph is <em>long enough</em> to be "
				+ "an article paragraph of its own, with a link.</p><p>The second paragraph is also long enough to "
				+ "count as article text for the finder.</p></article></body></html>";
		ExtractedArticle article = this.extractor.extract(html, "https://example.org/a");
		assertThat(article.blocks().get(0).html()).contains("<a href=\"/x\">first</a>", "<em>long enough</em>");
		assertThat(article.blocks().get(0).text()).startsWith("The first paragraph is long enough");
	}

	@Test
	void cookieBannerAndNewsletterBoxAreNotBody() {
		ExtractedArticle article = extract("cookie-newsletter.html");
		assertThat(texts(article)).hasSize(4)
			.allSatisfy(text -> assertThat(text).doesNotContain("cookies", "Sign up", "Download our app"));
		assertThat(removed(article, RemovalReason.BOILERPLATE))
			.anySatisfy(text -> assertThat(text).contains("Sign up to receive"));
	}

	@Test
	void linkDenseListsInsideTheArticleAreDropped() {
		String html = "<html><body><div class=\"x\"><p>"
				+ "Long article paragraph number one with plenty of words. ".repeat(4)
				+ "</p><ul><li><a href=\"/1\">Other story one</a></li><li><a href=\"/2\">Other story two"
				+ "</a></li><li><a href=\"/3\">Other story three</a></li></ul><p>"
				+ "Long article paragraph number two with plenty of words. ".repeat(4) + "</p></div></body></html>";
		ExtractedArticle article = this.extractor.extract(html, "https://example.org/a");
		assertThat(texts(article)).hasSize(2).noneMatch(text -> text.contains("Other story"));
		assertThat(removed(article, RemovalReason.BOILERPLATE))
			.anySatisfy(text -> assertThat(text).contains("Other story one"));
	}

	@Test
	void nonEnglishTextStaysIntact() {
		assertThat(texts(extract("german.html"))).contains(
				"„Wir haben früh und günstig eingekauft und können diesen Vorteil jetzt weitergeben“, sagte Geschäftsführerin Dörte Weiß am Donnerstag.")
			.noneMatch(text -> text.contains("Anzeige") || text.contains("Lesen Sie auch") || text.contains("Teilen"));
		assertThat(texts(extract("polish.html"))).contains(
				"„To ogromna zmiana dla mieszkańców północnej części miasta” – powiedziała wiceprezydent Małgorzata Żółkiewska.");
		assertThat(texts(extract("french.html"))).hasSize(3)
			.contains("L’entrée reste gratuite ; le marché fermera ses portes le 31 décembre à vingt heures.");
	}

	@Test
	void bodyDeclaredOnlyInJsonLdIsUsedWhenThePageRendersItWithScript() {
		String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
				+ "\"articleBody\":\"" + "First declared paragraph with enough words to count. ".repeat(3) + "\\n\\n"
				+ "Second declared paragraph with enough words to count. ".repeat(3)
				+ "\"}</script></head><body><div id=\"app\"><p>Loading</p></div></body></html>";
		ExtractedArticle article = this.extractor.extract(html, "https://example.org/a");
		assertThat(texts(article)).hasSize(2).first().asString().startsWith("First declared paragraph");
	}

	@Test
	void pageWithOnlyOddlyNamedWrappersStillHasABody() {
		String html = "<html><body><div class=\"sidebar-layout\"><div class=\"widget\"><p>"
				+ "The only article paragraph on this page sits in a box with a chrome-like name. ".repeat(3)
				+ "</p></div></div></body></html>";
		assertThat(texts(this.extractor.extract(html, "https://example.org/a"))).hasSize(1);
	}

	@Test
	void relatedPostsHeadingEndsTheArticleAndKeepsTheSignOff() {
		ExtractedArticle article = extract("after-article-sections.html");
		List<String> texts = texts(article);
		assertThat(texts).first().asString().startsWith("Wenn die Tage kürzer werden");
		assertThat(texts).endsWith("Bis bald im Garten", "Eure Franzi");
		assertThat(texts).contains("Laub ist kein Abfall");
		String body = String.join("\n", texts);
		assertThat(body).doesNotContain("Ähnliche Beiträge", "Hochbeet aus alten Paletten", "Kräuter",
				"Über die Autorin", "zwanzig Jahren");
		assertThat(removed(article, RemovalReason.BOILERPLATE)).contains("Ähnliche Beiträge", "Über die Autorin");
	}

	@Test
	void sectionHeadingsOnlyEndTheBodyAfterArticleText() {
		assertThat(BoilerplateLines.isSectionEnd("Ähnliche Beiträge")).isTrue();
		assertThat(BoilerplateLines.isSectionEnd("Related posts")).isTrue();
		assertThat(BoilerplateLines.isSectionEnd("12 Kommentare")).isTrue();
		assertThat(BoilerplateLines.isSectionEnd("Leave a Reply")).isTrue();
		assertThat(BoilerplateLines.isSectionEnd("Weitere Beiträge aus der Kolumne:")).isTrue();
		assertThat(BoilerplateLines.isSectionEnd("Lesen Sie auch die folgenden Beiträge:")).isTrue();
		assertThat(BoilerplateLines.isSectionEnd("Neueste Artikel")).isTrue();
		assertThat(BoilerplateLines.isSectionEnd("Przeczytaj także")).isTrue();
		assertThat(BoilerplateLines.isSectionEnd("Lo más leído")).isTrue();
		// share bars and "see also" sections also sit between article paragraphs
		assertThat(BoilerplateLines.isSectionEnd("Artikel teilen")).isFalse();
		assertThat(BoilerplateLines.isSectionEnd("See also")).isFalse();
		// a commentary section of an analysis is article text
		assertThat(BoilerplateLines.isSectionEnd("Komentarz")).isFalse();
		assertThat(BoilerplateLines.isSectionEnd("Comment")).isFalse();
		assertThat(BoilerplateLines.isSectionEnd("Weitere Informationen")).isFalse();
	}

	@Test
	void disclosureAboveAndAppealDisclaimerAndPostMetaLineUnderTheArticleAreTrimmed() {
		List<String> texts = texts(extract("post-meta-tail.html"));
		assertThat(texts).first().asString().startsWith("Im Sommer messen wir");
		assertThat(texts).last()
			.isEqualTo("Wer etwas ändern will, kann eine Baumpatenschaft übernehmen und im Sommer gießen.");
		assertThat(String.join("\n", texts)).doesNotContain("Meinung des Autors", "Uhr veröffentlicht", "Werbung",
				"gefallen");
	}

	@Test
	void boxesNamedOnlyForTheirShapeKeepTheirTextButAuthorBoxesStayOut() {
		List<String> texts = texts(extract("shape-named-boxes.html"));
		assertThat(texts).first().asString().startsWith("A warming bowl");
		assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("Grate the apple into the pan"));
		assertThat(texts).last().asString().startsWith("Serve it straight away");
		assertThat(String.join("\n", texts)).doesNotContain("Jo Baker", "Pancakes");
	}

	@Test
	void rubyReadingsAreLeftOutAndCombiningAccentsAreComposed() {
		List<String> texts = texts(extract("ruby-and-combining-accents.html"));
		assertThat(texts).first().isEqualTo("新しい図書館が駅の前にできました。子どもも大人も本を借りることができます。本は二週間借りることができます。");
		assertThat(texts).last()
			.isEqualTo("Le caf\u00e9 du rez-de-chauss\u00e9e propose des th\u00e9s et des g\u00e2teaux "
					+ "pr\u00e9par\u00e9s chaque matin par une boulangerie du quartier.");
	}

	@Test
	void aLongDataTableDoesNotPushTheArticleAside() {
		List<String> texts = texts(extract("data-table-article.html"));
		assertThat(texts).first().asString().startsWith("The county council published");
		assertThat(texts).contains("Kingsmead");
		assertThat(String.join("\n", texts)).doesNotContain("funded by readers");
	}

	@Test
	void paragraphsWordedAsCaptionsGoToTheirImages() {
		ExtractedArticle article = extract("caption-lines.html");
		List<String> texts = texts(article);
		assertThat(texts).hasSize(3);
		assertThat(texts.get(1)).endsWith("(siehe unten).");
		assertThat(article.images()).extracting(ArticleImage::caption)
			.containsExactly("Ein verschneiter Hang oberhalb der Baumgrenze",
					"Abbildung 2: Schneeprofil mit einer Schwachschicht in vierzig Zentimetern Tiefe.");
		assertThat(article.images()).extracting(ArticleImage::credit).first().isEqualTo("Mara Keller / Bergbild");
	}

	@Test
	void greetingSignOffAndALastLineEndingInAnEmojiAreTheWritersOwn() {
		List<String> texts = texts(extract("blog-sign-off.html"));
		assertThat(texts).first().isEqualTo("Liebe Leserinnen und Leser,");
		assertThat(texts).endsWith("Ins Ziel bin ich nach zwei Stunden und elf Minuten gekommen – und ja, ich will "
				+ "nächstes Jahr wieder \uD83D\uDE09", "Eure Lena");
	}

	@Test
	void shareLicenceAndPressContactLinesUnderTheArticleAreTrimmed() {
		List<String> texts = texts(extract("licence-and-contact-tail.html"));
		assertThat(texts).hasSize(2);
		assertThat(texts).last().asString().startsWith("In einem ersten Schritt");
	}

	@Test
	void aPostOfAFewShortLinesIsTheBodyNotTheCookieNotice() {
		List<String> texts = texts(extract("tiny-post.html"));
		assertThat(texts).containsExactly("„Darf ich dir etwas Ehrliches sagen?“", "– „Lieber nicht.“", "– „Gut.“");
	}

	@Test
	void frenchYouMayAlsoLikeHeadingEndsTheArticle() {
		List<String> texts = texts(extract("related-heading-fr.html"));
		assertThat(texts).hasSize(3);
		assertThat(texts).last().asString().startsWith("« Nous avons gardé l'esprit du lieu »");
	}

	@Test
	void aShortArticleBesideAPileOfLinksIsNotTakenForAMenu() {
		List<String> texts = texts(extract("paywalled-short-article.html"));
		assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("Cruise lines will pay a third more"));
	}

	@Test
	void anAltTextOnSeveralImagesIsNoCaption() {
		String paragraph = "<p>"
				+ "The hike starts at the trailhead and climbs through pine forest to the ridge. ".repeat(4) + "</p>";
		String html = "<html><body><article><h1>Three days on the ridge</h1>" + paragraph
				+ "<img src='/a.jpg' alt='Three days on the ridge #hiking #sponsored'>" + paragraph
				+ "<img src='/b.jpg' alt='Three days on the ridge #hiking #sponsored'>" + paragraph
				+ "<img src='/c.jpg' alt='A hiker crossing the snowfield below the summit'>" + paragraph
				+ "</article></body></html>";
		ExtractedArticle article = this.extractor.extract(html, "https://example.org/hike");
		assertThat(article.images()).extracting(ArticleImage::src)
			.containsExactly("https://example.org/a.jpg", "https://example.org/b.jpg", "https://example.org/c.jpg");
		assertThat(article.images()).extracting(ArticleImage::alt)
			.containsExactly("Three days on the ridge #hiking #sponsored", "Three days on the ridge #hiking #sponsored",
					"A hiker crossing the snowfield below the summit");
		assertThat(article.images()).extracting(ArticleImage::caption)
			.containsExactly(null, null, "A hiker crossing the snowfield below the summit");
	}

}
