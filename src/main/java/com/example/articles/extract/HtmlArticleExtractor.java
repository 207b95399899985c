package com.example.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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

	/**
	 * A body shorter than this makes the extractor look again without the chrome rules.
	 */
	private static final int SHORT_BODY = 250;

	private final SiteProfiles profiles;

	public HtmlArticleExtractor() {
		this(SiteProfiles.load(null));
	}

	public HtmlArticleExtractor(SiteProfiles profiles) {
		this.profiles = profiles;
	}

	public ExtractedArticle extract(String html, String baseUrl) {
		Document doc = Jsoup.parse(html, baseUrl);
		// block HTML is serialized as the page had it: faster, and no re-indentation
		doc.outputSettings().prettyPrint(false);
		PageScan scan = PageScan.of(doc);
		PageFacts facts = scan.facts();
		JsonLd jsonLd = JsonLd.of(facts.jsonLdScripts);
		ArticleMetadata metadata = MetadataExtractor.extract(doc, facts, jsonLd);
		SiteProfile profile = this.profiles.forUrl(baseUrl);
		for (String selector : profile.drop()) {
			doc.select(selector).remove();
		}
		Element body = doc.body();
		List<Element> profileRoots = new ArrayList<>();
		for (String selector : profile.body()) {
			profileRoots.addAll(doc.select(selector));
		}
		// the scan counted the body as parsed; dropped elements change the counts
		ElementStats stats = profile.drop().isEmpty() ? scan.stats() : ElementStats.of(body);
		ClassSignals signals = new ClassSignals(stats);
		BodyAssembler.Result result = extractBody(body, stats, signals, metadata, profileRoots, false);
		if (length(result) < SHORT_BODY) {
			// little or nothing survived the chrome rules (a page of odd class names):
			// try again with only the invisible parts skipped, and keep that if it finds
			// more around what was found
			BodyAssembler.Result relaxed = extractBody(body, stats, signals, metadata, profileRoots, true);
			if (length(relaxed) > 2 * length(result) && (result.blocks().isEmpty() || holds(relaxed, result))) {
				result = relaxed;
			}
		}
		String declaredBody = jsonLd.articleBody();
		if (declaredBody != null && profileRoots.isEmpty()) {
			result = preferDeclaredBody(result, declaredBody, baseUrl, metadata);
		}
		if (metadata.language() == null) {
			metadata = metadata.withLanguage(guessLanguage(metadata, result.blocks()));
		}
		if (metadata.authors().isEmpty() && isKorean(metadata)) {
			String signed = ReporterSignature.find(result.blocks(), result.removed());
			if (signed != null) {
				metadata = metadata.withAuthors(List.of(signed));
			}
		}
		return new ExtractedArticle(metadata, result.blocks(), result.images(), result.removed());
	}

	private static boolean isKorean(ArticleMetadata metadata) {
		String language = metadata.language();
		return language != null && (language.equals("ko") || language.startsWith("ko-"));
	}

	/** A page that declares no language: the language of its title and body text. */
	private static @Nullable String guessLanguage(ArticleMetadata metadata, List<Block> blocks) {
		StringBuilder text = new StringBuilder(LanguageGuesser.MAX_CHARS);
		if (metadata.title() != null) {
			text.append(metadata.title()).append('\n');
		}
		for (Block block : blocks) {
			if (text.length() >= LanguageGuesser.MAX_CHARS) {
				break;
			}
			text.append(block.text()).append('\n');
		}
		return LanguageGuesser.guess(text);
	}

	/**
	 * Whether a body holds the first block of another: the relaxed pass may only widen
	 * the body found, not swap it for a cookie notice or a box that chrome rules dropped.
	 */
	private static boolean holds(BodyAssembler.Result wider, BodyAssembler.Result found) {
		String first = found.blocks().get(0).text();
		if (found.blocks().size() == 1 && BoilerplateLines.isTrailingFurniture(first, true, true)) {
			// all the chrome rules left is a notice ("log in to take part"): no body to
			// keep
			return true;
		}
		for (Block block : wider.blocks()) {
			if (block.text().contains(first)) {
				return true;
			}
		}
		return false;
	}

	private static int length(BodyAssembler.Result result) {
		int length = 0;
		for (Block block : result.blocks()) {
			length += block.text().length() + 1;
		}
		return length;
	}

	/**
	 * Pages that render their body with script still often declare it in JSON-LD
	 * {@code articleBody}: when the page's own body is much shorter than that, the
	 * declared one wins (images still come from the page).
	 */
	private static BodyAssembler.Result preferDeclaredBody(BodyAssembler.Result found, String declared, String baseUrl,
			ArticleMetadata metadata) {
		int foundLength = 0;
		for (Block block : found.blocks()) {
			foundLength += block.text().length() + 1;
		}
		if (declared.length() < 200 || declared.length() <= 2 * foundLength) {
			// its text cannot be twice as long as what the page gave: no need to parse it
			return found;
		}
		String html = declared.indexOf('<') >= 0 ? declared : plainTextAsHtml(declared);
		Document fragment = Jsoup.parseBodyFragment(html, baseUrl);
		Element body = fragment.body();
		ElementStats stats = ElementStats.of(body);
		if (stats.text(body) < 200 || foundLength * 2 > stats.text(body)) {
			return found;
		}
		BodyAssembler.Result declaredResult = extractBody(body, stats, new ClassSignals(stats), metadata, List.of(body),
				true);
		if (declaredResult.blocks().isEmpty()) {
			return found;
		}
		return new BodyAssembler.Result(declaredResult.blocks(), found.images(), found.removed());
	}

	private static String plainTextAsHtml(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.split("\\n\\s*\\n|\\r?\\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip())).append("</p>");
			}
		}
		return html.toString();
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
				: ContentRootFinder.findWithSiblings(units, body, signals, stats);
		return new BodyAssembler(roots, marks, metadata.title(), stats).assemble(units);
	}

}
