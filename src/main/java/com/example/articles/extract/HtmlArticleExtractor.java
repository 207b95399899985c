package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in an HTML page: metadata, body blocks in reading order, images with
 * their captions once, and the chrome it dropped from inside the article.
 *
 * <p>
 * One parse, then linear passes: text statistics per element, chrome marking by
 * tag/role/class, segmentation into blocks, the choice of the content root (the subtree
 * with the most article-like and least chrome-like text), and assembly. No rule knows a
 * site; publisher knowledge lives in {@link SiteProfiles}. Thread-safe: all per-page
 * state lives in the call.
 */
public final class HtmlArticleExtractor {

	private final SiteProfiles profiles;

	public HtmlArticleExtractor() {
		this(SiteProfiles.load(null));
	}

	public HtmlArticleExtractor(SiteProfiles profiles) {
		this.profiles = profiles;
	}

	public ExtractedArticle extract(String html, String baseUrl) {
		Document doc = Jsoup.parse(html, baseUrl);
		ArticleMetadata metadata = MetadataExtractor.extract(doc);
		SiteProfile profile = this.profiles.forUrl(baseUrl);
		for (String selector : profile.drop()) {
			doc.select(selector).remove();
		}
		Element body = doc.body();
		List<Element> profileRoots = new ArrayList<>();
		for (String selector : profile.body()) {
			profileRoots.addAll(doc.select(selector));
		}
		ElementStats stats = ElementStats.of(body);
		ClassSignals signals = new ClassSignals();
		BodyAssembler.Result result = extractBody(body, stats, signals, metadata, profileRoots, false);
		if (result.blocks().isEmpty()) {
			// nothing survived the chrome rules (a page made of odd class names): try
			// again
			// with only the invisible parts skipped
			result = extractBody(body, stats, signals, metadata, profileRoots, true);
		}
		return new ExtractedArticle(metadata, result.blocks(), result.images(), result.removed());
	}

	private static BodyAssembler.Result extractBody(Element body, ElementStats stats, ClassSignals signals,
			ArticleMetadata metadata, List<Element> profileRoots, boolean relaxed) {
		Map<Element, Boolean> marks = BoilerplateMarker.mark(body, stats, signals, relaxed);
		for (Element root : profileRoots) {
			// a body the profile names is never chrome
			for (Element e = root; e != null; e = e.parent()) {
				marks.remove(e);
			}
		}
		List<Unit> units = Segmenter.segment(body, stats, marks, signals);
		List<Element> roots = !profileRoots.isEmpty() ? profileRoots
				: List.of(ContentRootFinder.find(units, body, signals));
		return new BodyAssembler(roots, marks, metadata.title()).assemble(units);
	}

}
