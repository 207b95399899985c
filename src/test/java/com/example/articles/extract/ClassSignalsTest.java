package com.example.articles.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.articles.extract.ClassSignals.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class ClassSignalsTest {

	@ParameterizedTest
	@ValueSource(strings = { "social-share", "sharedaddy sd-sharing-enabled", "related-articles", "article-comments",
			"comments-area", "newsletter-signup", "cookie-consent", "breadcrumbs", "ad-slot", "adHolder", "ad",
			"promo-box", "outbrain-widget", "byline", "post-tags", "site-navigation", "menu", "site-footer",
			"sidebar-right", "mostRead", "readMore", "news-list nextread" })
	void chromeWhateverElseTheNameSays(String names) {
		assertThat(ClassSignals.classify(names)).isEqualTo(Verdict.STRONG_BOILERPLATE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kicker", "teaser", "author-profile", "contact-info", "list teaser" })
	void weakChromeUnlessItSaysContent(String names) {
		assertThat(ClassSignals.classify(names)).isEqualTo(Verdict.WEAK_BOILERPLATE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "site-header", "meta-line", "pub-date", "steps-list", "short-info", "recipe__meta" })
	void namesThatOnlySayTheShape(String names) {
		assertThat(ClassSignals.classify(names)).isEqualTo(Verdict.SHAPE_BOILERPLATE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "entry-content", "article-body", "story-body", "post", "artikel-text", "commentary-body" })
	void contentNames(String names) {
		assertThat(ClassSignals.classify(names)).isEqualTo(Verdict.CONTENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "imageCaption", "wp-caption-text", "photo-caption", "bildunterschrift" })
	void captionNames(String names) {
		assertThat(ClassSignals.classify(names)).isEqualTo(Verdict.CAPTION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "image-credit", "copyright", "photographer" })
	void creditNames(String names) {
		assertThat(ClassSignals.classify(names)).isEqualTo(Verdict.CREDIT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "container", "row", "col-md-8", "canvas", "headline" })
	void neutralNames(String names) {
		assertThat(ClassSignals.classify(names)).isEqualTo(Verdict.NEUTRAL);
	}

	/**
	 * Verdicts kept in the page's counts are those the signals keep themselves, also for
	 * elements outside the counted body and asked twice.
	 */
	@Test
	void verdictsKeptInTheCountsAreTheSame() {
		for (String html : ElementStatsTest.pages()) {
			Document doc = Jsoup.parse(html, "https://example.org/a");
			ClassSignals kept = new ClassSignals(ElementStats.of(doc.body()));
			ClassSignals alone = new ClassSignals();
			for (int round = 0; round < 2; round++) {
				for (Element element : doc.getAllElements()) {
					assertThat(kept.of(element)).isEqualTo(alone.of(element));
				}
			}
		}
		Document doc = Jsoup.parse("<div class=share-bar>x</div><p class=caption>y</p>");
		ClassSignals signals = new ClassSignals(ElementStats.of(doc.body()));
		assertThat(signals.of(doc.selectFirst("div"))).isEqualTo(Verdict.STRONG_BOILERPLATE);
		assertThat(signals.of(doc.selectFirst("p"))).isEqualTo(Verdict.CAPTION);
		assertThat(signals.of(doc.selectFirst("div"))).isEqualTo(Verdict.STRONG_BOILERPLATE);
	}

}
