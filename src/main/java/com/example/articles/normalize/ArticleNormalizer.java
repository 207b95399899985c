package com.example.articles.normalize;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.example.articles.blocks.BlockDeduplicator;
import com.example.articles.contract.EventRejectedException;
import com.example.articles.contract.NormalizedArticleEvent;
import com.example.articles.contract.RawArticleEvent;
import com.example.articles.contract.RawEventReader;
import com.example.articles.contract.RejectionReason;
import com.example.articles.extract.ArticleMetadata;
import com.example.articles.extract.Block;
import com.example.articles.extract.ExtractedArticle;
import com.example.articles.extract.HtmlArticleExtractor;
import com.example.articles.extract.SiteProfiles;
import com.example.articles.fingerprint.BodyFingerprint;
import com.example.articles.fingerprint.Fingerprints;
import com.example.articles.fingerprint.SimHash;
import com.example.articles.sanitize.BodyHtmlRenderer;
import com.example.articles.sanitize.SafeImages;
import com.example.articles.text.PlainTextArticleExtractor;
import com.example.articles.url.UrlCanonicalizer;

/**
 * Raw article event in, normalized article event out: extraction (HTML or text),
 * duplicate-block removal, safe body HTML, canonical URL, identity and fingerprints.
 * Thread-safe and stateless across calls, so one instance serves every stream thread.
 */
public final class ArticleNormalizer {

	private final NormalizerSettings settings;

	private final Clock clock;

	private final RawEventReader reader;

	private final HtmlArticleExtractor htmlExtractor;

	private final PlainTextArticleExtractor textExtractor = new PlainTextArticleExtractor();

	private final BlockDeduplicator deduplicator = new BlockDeduplicator();

	private final BodyHtmlRenderer renderer = new BodyHtmlRenderer();

	private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

	public ArticleNormalizer(NormalizerSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.reader = new RawEventReader(settings.maxEventBytes());
		this.htmlExtractor = new HtmlArticleExtractor(SiteProfiles.load(settings.siteProfiles()));
	}

	public ArticleNormalizer() {
		this(NormalizerSettings.defaults(), Clock.systemUTC());
	}

	/** Reads, validates and normalizes one raw event as it came off the wire. */
	public NormalizedArticleEvent normalize(byte[] rawEventJson) {
		return normalize(this.reader.read(rawEventJson));
	}

	public NormalizedArticleEvent normalize(RawArticleEvent event) {
		try {
			return doNormalize(event);
		}
		catch (EventRejectedException ex) {
			throw ex.forEvent(event.eventId(), event.url());
		}
	}

	private NormalizedArticleEvent doNormalize(RawArticleEvent event) {
		String payload = event.payload();
		// UTF-8 takes at most three bytes per UTF-16 char, so only a payload near the
		// limit is counted.
		long max = this.settings.maxEventBytes();
		if (payload.length() * 3L > max && utf8Length(payload) > max) {
			throw new EventRejectedException(RejectionReason.TOO_LARGE,
					"payload is over the limit of " + this.settings.maxEventBytes() + " bytes");
		}
		ExtractedArticle extracted = event.isHtml() ? this.htmlExtractor.extract(payload, event.url())
				: this.textExtractor.extract(payload);
		ExtractedArticle article = this.deduplicator.dedupe(extracted);
		if (article.blocks().isEmpty()) {
			throw new EventRejectedException(RejectionReason.NO_CONTENT,
					"no article text found in the " + (event.isHtml() ? "html" : "text") + " payload");
		}
		ArticleMetadata meta = article.metadata();
		String canonicalUrl = this.canonicalizer.canonicalize(event.url(), meta.canonicalUrl());
		List<String> paragraphs = new ArrayList<>(article.blocks().size());
		for (Block block : article.blocks()) {
			paragraphs.add(block.text());
		}
		String text = String.join("\n", paragraphs);
		BodyFingerprint fingerprint = BodyFingerprint.of(text);
		String language = meta.language() != null ? meta.language() : event.language();
		String contentHash = fingerprint.contentHash();
		// A missing event id is derived, not random, so that a redelivered record gets
		// the same one.
		String eventId = event.eventId() != null ? event.eventId()
				: UUID.nameUUIDFromBytes((event.url() + '\n' + contentHash).getBytes(StandardCharsets.UTF_8))
					.toString();
		return new NormalizedArticleEvent(NormalizedArticleEvent.SCHEMA_VERSION, Fingerprints.articleId(canonicalUrl),
				eventId, event.url(), canonicalUrl, event.source() != null ? event.source() : meta.siteName(),
				meta.title(), meta.authors(), meta.publishedAt(), meta.modifiedAt(), language, meta.description(),
				paragraphs, text, this.renderer.render(article.blocks(), canonicalUrl), SafeImages.of(article.images()),
				fingerprint.wordCount(), contentHash, SimHash.toHex(fingerprint.simhash()), article.removed(),
				event.fetchedAt(), this.clock.instant(), 1, null, null);
	}

	/** The UTF-8 size of a payload, counted without encoding a copy of it. */
	private static long utf8Length(String text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				bytes++;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isHighSurrogate(c)) {
				bytes += 4;
				i++;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

}
