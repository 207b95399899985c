package com.example.articles.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageScanTest {

	private static final String PAGE = """
			<html><head><title>T</title>
			<meta property="og:title" content=" The headline ">
			<link rel="canonical" href="/news/a">
			<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
			<body><header><a href="/">Home</a> <a href="/news">News</a></header>
			<article><h1>The headline</h1><p class="byline">By Jane Doe</p>
			<p>First   paragraph with <a href="/x">a link</a>.</p>
			<figure><img src="/i.jpg"><figcaption>A caption</figcaption></figure>
			<div><p>Second paragraph.</p></div></article>
			<p>Text after the article</p></body></html>""";

	@Test
	void statsAreThoseOfTheBodyAlone() {
		Document doc = Jsoup.parse(PAGE, "https://example.org/news/a");
		PageScan scan = PageScan.of(doc);
		ElementStats alone = ElementStats.of(doc.body());
		for (Element element : doc.getAllElements()) {
			assertThat(scan.stats().text(element)).as(element.tagName()).isEqualTo(alone.text(element));
			assertThat(scan.stats().links(element)).as(element.tagName()).isEqualTo(alone.links(element));
			assertThat(scan.stats().hasBlockDescendant(element)).isEqualTo(alone.hasBlockDescendant(element));
			assertThat(scan.stats().hasImage(element)).isEqualTo(alone.hasImage(element));
		}
		Element article = doc.selectFirst("article");
		assertThat(scan.stats().hasImage(article)).isTrue();
		assertThat(scan.stats().hasBlockDescendant(article)).isTrue();
		assertThat(scan.stats().links(doc.selectFirst("header"))).isEqualTo("HomeNews".length());
		assertThat(scan.stats().text(doc.selectFirst("article p:nth-of-type(2)")))
			.isEqualTo("First paragraph with a link.".length());
		// the head is not counted
		assertThat(scan.stats().text(doc.head())).isZero();
	}

	/**
	 * Differential: the walk by child index gathers what separate traversals (the
	 * NodeTraversor ones of ElementStats.of and PageFacts.of) gather.
	 */
	@Test
	void oneWalkGathersWhatSeparateTraversalsGather() {
		for (String html : ElementStatsTest.pages()) {
			Document doc = Jsoup.parse(html, "https://example.org/news/a");
			PageScan scan = PageScan.of(doc);
			ElementStats alone = ElementStats.of(doc.body());
			for (Element element : doc.getAllElements()) {
				assertThat(scan.stats().text(element)).isEqualTo(alone.text(element));
				assertThat(scan.stats().links(element)).isEqualTo(alone.links(element));
				assertThat(scan.stats().hasBlockDescendant(element)).isEqualTo(alone.hasBlockDescendant(element));
				assertThat(scan.stats().hasImage(element)).isEqualTo(alone.hasImage(element));
				assertThat(scan.stats().hasCollapsedText(element)).isEqualTo(alone.hasCollapsedText(element));
			}
			PageFacts facts = PageFacts.of(doc);
			assertThat(scan.facts()).usingRecursiveComparison().isEqualTo(facts);
		}
	}

	@Test
	void factsAreThoseOfTheWholeDocument() {
		Document doc = Jsoup.parse(PAGE, "https://example.org/news/a");
		PageFacts facts = PageScan.of(doc).facts();
		assertThat(facts.meta).containsEntry("og:title", "The headline");
		assertThat(facts.canonical).isEqualTo("https://example.org/news/a");
		assertThat(facts.jsonLdScripts).containsExactly("{\"@type\":\"NewsArticle\"}");
		assertThat(facts.articleH1).isSameAs(doc.selectFirst("h1"));
		assertThat(facts.byline).isSameAs(doc.selectFirst("p.byline"));
	}

}
