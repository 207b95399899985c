package com.example.articles.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.example.articles.contract.EventJson;
import com.example.articles.contract.NormalizedArticleEvent;
import com.example.articles.dedupe.ArticleFingerprint;
import com.example.articles.dedupe.ArticleHistory;
import com.example.articles.dedupe.DedupeDecider;
import com.example.articles.dedupe.DedupeDecision;
import com.example.articles.dedupe.DedupeVerdict;
import com.example.articles.dedupe.IndexMatch;
import com.example.articles.fingerprint.SimHash;

/**
 * Meets each article with the verdicts of its fingerprint probes (both keyed by article
 * id, in any order), decides with the article's history and publishes. The article waits
 * in {@code pending-articles} until its last verdict arrives and the scrapes of the same
 * article that arrived before it are decided ({@code pending-requests}, one small value
 * per article); a repeat of the content the article already has, with nothing queued, is
 * decided at once and never waits.
 */
final class ArticleDedupeProcessor implements Processor<byte[], PipelineMessage, byte[], PipelineMessage> {

	static final String STAGE = "dedupe";

	/** How long a request may wait for its verdicts. */
	static final Duration MAX_WAIT = Duration.ofMinutes(5);

	private static final Logger logger = LoggerFactory.getLogger(ArticleDedupeProcessor.class);

	private final PipelineSettings settings;

	private final PipelineMetrics metrics;

	private final DedupeDecider decider;

	private @Nullable ProcessorContext<byte[], PipelineMessage> context;

	private @Nullable WindowStore<String, ArticleHistory> histories;

	private @Nullable KeyValueStore<String, ArticleEnvelope> pendingArticles;

	private @Nullable KeyValueStore<String, PendingRequests> pendingRequests;

	ArticleDedupeProcessor(PipelineSettings settings, PipelineMetrics metrics) {
		this.settings = settings;
		this.metrics = metrics;
		this.decider = new DedupeDecider(settings.policy());
	}

	@Override
	public void init(ProcessorContext<byte[], PipelineMessage> context) {
		this.context = context;
		this.histories = context.getStateStore(ArticleTopology.ARTICLE_HISTORY_STORE);
		this.pendingArticles = context.getStateStore(ArticleTopology.PENDING_ARTICLES_STORE);
		this.pendingRequests = context.getStateStore(ArticleTopology.PENDING_REQUESTS_STORE);
		context.schedule(Duration.ofMinutes(1), PunctuationType.WALL_CLOCK_TIME, this::sweep);
	}

	@Override
	public void process(Record<byte[], PipelineMessage> record) {
		if (record.value() instanceof ArticleEnvelope article) {
			try (MDC.MDCCloseable e = MDC.putCloseable("eventId", article.event().eventId());
					MDC.MDCCloseable a = MDC.putCloseable("articleId", article.event().articleId())) {
				onArticle(record, article);
			}
		}
		else if (record.value() instanceof FingerprintVerdict verdict) {
			try (MDC.MDCCloseable a = MDC.putCloseable("articleId", verdict.articleId())) {
				onVerdict(record, verdict);
			}
		}
		else {
			logger.error("Ignored an unexpected record on the dedupe input: {}", record.value());
		}
	}

	private void onArticle(Record<byte[], PipelineMessage> record, ArticleEnvelope article) {
		String articleId = article.event().articleId();
		String requestId = article.source().requestId();
		try {
			PendingRequests pending = pending(articleId);
			PendingRequest request = pending.find(requestId);
			if (request == null) {
				request = PendingRequest.awaiting(requestId, article.expectedVerdicts(),
						require(this.context).currentSystemTimeMs());
			}
			KeyValue<Long, ArticleHistory> history = WindowStores.latest(require(this.histories), articleId,
					since(require(this.context).currentSystemTimeMs()));
			if (!pending.hasQueued() && history != null
					&& history.value.contentHash().equals(article.event().contentHash())) {
				// A repeat whatever the indexes say: decide now, only absorb the
				// verdicts.
				decide(record, article, List.of());
				save(articleId, pending.arrived(request.arrived(true)));
				return;
			}
			require(this.pendingArticles).put(pendingKey(articleId, requestId), article);
			save(articleId, pending.arrived(request.arrived(false)));
			drain(record, articleId);
		}
		catch (RuntimeException ex) {
			deadLetter(record, article, ex);
		}
	}

	private void onVerdict(Record<byte[], PipelineMessage> record, FingerprintVerdict verdict) {
		PendingRequests pending = pending(verdict.articleId());
		PendingRequest request = pending.find(verdict.requestId());
		if (request == null) {
			request = PendingRequest.awaiting(verdict.requestId(), verdict.expectedVerdicts(),
					require(this.context).currentSystemTimeMs());
		}
		save(verdict.articleId(), pending.with(request.with(verdict)));
		drain(record, verdict.articleId());
	}

	/**
	 * Decides the article's complete requests in the order their articles arrived; a head
	 * that has waited since before {@code staleBefore} is decided with the verdicts it
	 * has.
	 */
	private void drain(Record<byte[], PipelineMessage> record, String articleId) {
		drain(record, articleId, Long.MIN_VALUE);
	}

	private void drain(Record<byte[], PipelineMessage> record, String articleId, long staleBefore) {
		PendingRequests pending = pending(articleId);
		PendingRequest head = pending.head();
		while (head != null && (head.complete() || head.since() < staleBefore)) {
			if (!head.complete()) {
				logger.warn("Request {} of article {} waited too long for its verdicts; deciding with {} of {}",
						head.requestId(), articleId, head.verdicts().size(), head.expectedVerdicts());
			}
			String key = pendingKey(articleId, head.requestId());
			KeyValueStore<String, ArticleEnvelope> articles = require(this.pendingArticles);
			ArticleEnvelope article = articles.get(key);
			articles.delete(key);
			pending = pending.without(head.requestId());
			save(articleId, pending);
			if (article == null) {
				logger.error("The article of request {} was not waiting; its verdicts are dropped", key);
			}
			else {
				try (MDC.MDCCloseable e = MDC.putCloseable("eventId", article.event().eventId())) {
					decide(record, article, head.verdicts());
				}
				catch (RuntimeException ex) {
					deadLetter(record, article, ex);
				}
			}
			head = pending.head();
		}
	}

	/**
	 * Verdicts are never lost under exactly-once, but a record the exception handler
	 * dead-letters, or an article dead-lettered here, can leave a request waiting: this
	 * sweep decides or drops what waited longer than {@link #MAX_WAIT}, so that no
	 * article waits forever and the store stays small.
	 */
	private void sweep(long now) {
		long cutoff = now - MAX_WAIT.toMillis();
		List<String> stale = new ArrayList<>();
		try (KeyValueIterator<String, PendingRequests> all = require(this.pendingRequests).all()) {
			while (all.hasNext()) {
				KeyValue<String, PendingRequests> entry = all.next();
				if (entry.value.requests().stream().anyMatch((request) -> request.since() < cutoff)) {
					stale.add(entry.key);
				}
			}
		}
		for (String articleId : stale) {
			try (MDC.MDCCloseable a = MDC.putCloseable("articleId", articleId)) {
				drain(new Record<>(NormalizeProcessor.utf8(articleId), null, now), articleId, cutoff);
				save(articleId, pending(articleId).withoutStaleLeftovers(cutoff));
			}
		}
	}

	private PendingRequests pending(String articleId) {
		PendingRequests pending = require(this.pendingRequests).get(articleId);
		return (pending != null) ? pending : PendingRequests.NONE;
	}

	private void save(String articleId, PendingRequests pending) {
		if (pending.isEmpty()) {
			require(this.pendingRequests).delete(articleId);
		}
		else {
			require(this.pendingRequests).put(articleId, pending);
		}
	}

	private void decide(Record<byte[], PipelineMessage> record, ArticleEnvelope article,
			List<FingerprintVerdict> verdicts) {
		ProcessorContext<byte[], PipelineMessage> context = require(this.context);
		WindowStore<String, ArticleHistory> store = require(this.histories);
		NormalizedArticleEvent event = article.event();
		IndexMatch exact = null;
		IndexMatch near = null;
		for (FingerprintVerdict verdict : verdicts) {
			if (verdict.kind() == ProbeKind.CONTENT) {
				exact = IndexMatch.better(exact, verdict.match());
			}
			else {
				near = IndexMatch.better(near, verdict.match());
			}
		}
		long now = context.currentSystemTimeMs();
		KeyValue<Long, ArticleHistory> history = WindowStores.latest(store, event.articleId(), since(now));
		DedupeDecision decision = this.decider.decide((history != null) ? history.value : null,
				new ArticleFingerprint(event.articleId(), event.contentHash(), SimHash.fromHex(event.simhash())), exact,
				near, now, article.source().timestamp());
		if (history == null || decision.verdict() != DedupeVerdict.REPEAT
				|| now - history.key >= this.settings.refreshInterval().toMillis()) {
			WindowStores.rewrite(store, event.articleId(), history, decision.history(), now);
		}
		this.metrics.decided(decision.verdict(), decision.publish());
		if (decision.publish()) {
			NormalizedArticleEvent published = event.withRevision(decision.revision())
				.withDuplicateOf(decision.duplicateOf())
				.withNearDuplicateOf(decision.nearDuplicateOf());
			context.forward(new Record<>(NormalizeProcessor.utf8(event.articleId()), new Publication(published),
					record.timestamp()));
			this.metrics.endToEndLatency(now - article.source().timestamp());
			logger.debug("Published article {} revision {} ({}) from event {}", event.articleId(), decision.revision(),
					decision.verdict().code(), event.eventId());
		}
		else {
			logger.debug("Not published: event {} of article {} is a {} (revision {})", event.eventId(),
					event.articleId(), decision.verdict().code(), decision.revision());
		}
	}

	/**
	 * The raw bytes are not carried this far (the article is kept small on its way), so
	 * the dead letter holds the normalized event; its source headers point at the raw
	 * record.
	 */
	private void deadLetter(Record<byte[], PipelineMessage> record, ArticleEnvelope article, RuntimeException error) {
		ProcessorContext<byte[], PipelineMessage> context = require(this.context);
		String articleId = article.event().articleId();
		try {
			require(this.pendingArticles).delete(pendingKey(articleId, article.source().requestId()));
			PendingRequests pending = pending(articleId);
			PendingRequest request = pending.find(article.source().requestId());
			if (request != null && request.queued()) {
				save(articleId, pending.without(request.requestId()));
			}
		}
		catch (RuntimeException ignored) {
			// the store failed too: the dead letter still goes out
		}
		Record<byte[], PipelineMessage> letter = new Record<>(NormalizeProcessor.utf8(article.event().articleId()),
				new DeadLetter(EventJson.toBytes(article.event())), record.timestamp());
		DeadLetterHeaders.add(letter.headers(), STAGE, "internal-error", error, article.source(),
				article.event().eventId(), "normalized");
		context.forward(letter);
		this.metrics.deadLettered(STAGE, "internal-error");
		logger.error("Dead-lettered event {} of article {} in the dedupe", article.event().eventId(),
				article.event().articleId(), error);
	}

	private long since(long now) {
		return now - this.settings.retention().toMillis();
	}

	private static String pendingKey(String articleId, String requestId) {
		return articleId + "/" + requestId;
	}

	private static <T> T require(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("not initialized");
		}
		return value;
	}

}
