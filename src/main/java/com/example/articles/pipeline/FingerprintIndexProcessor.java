package com.example.articles.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.example.articles.dedupe.FingerprintIndex;
import com.example.articles.dedupe.IndexMatch;
import com.example.articles.dedupe.IndexedContent;
import com.example.articles.dedupe.IndexedSimhash;
import com.example.articles.dedupe.SimhashBands;

/**
 * Answers fingerprint probes. Input is partitioned by index key, so every probe of one
 * content hash, or of one simhash band value, meets the same store whichever instance
 * normalized it: the first article of a content hash is decided in one place, and every
 * pair of simhashes within the distance shares a band key and so a partition. Each probe
 * is answered by exactly one verdict, keyed by article id; a failed lookup is answered
 * too, so that the article never waits forever.
 */
final class FingerprintIndexProcessor implements Processor<byte[], PipelineMessage, byte[], PipelineMessage> {

	private static final Logger logger = LoggerFactory.getLogger(FingerprintIndexProcessor.class);

	private final PipelineSettings settings;

	private final PipelineMetrics metrics;

	private final SimhashBands bands;

	private @Nullable ProcessorContext<byte[], PipelineMessage> context;

	private @Nullable WindowStore<String, IndexedContent> contents;

	private @Nullable WindowStore<String, IndexedSimhash> simhashes;

	FingerprintIndexProcessor(PipelineSettings settings, PipelineMetrics metrics) {
		this.settings = settings;
		this.metrics = metrics;
		this.bands = settings.policy().bands();
	}

	@Override
	public void init(ProcessorContext<byte[], PipelineMessage> context) {
		this.context = context;
		this.contents = context.getStateStore(ArticleTopology.CONTENT_INDEX_STORE);
		this.simhashes = context.getStateStore(ArticleTopology.SIMHASH_INDEX_STORE);
	}

	@Override
	public void process(Record<byte[], PipelineMessage> record) {
		ProcessorContext<byte[], PipelineMessage> context = require(this.context);
		if (!(record.value() instanceof FingerprintProbe probe)) {
			logger.error("Ignored a record that is not a probe on the probe topic: {}", record.value());
			return;
		}
		IndexMatch match = null;
		boolean failed = false;
		long now = context.currentSystemTimeMs();
		try {
			// first-seen times are the raw record's timestamp (event time), the same for
			// every band of one scrape, so that all instances order articles alike
			long seenAt = record.timestamp();
			match = (probe.kind() == ProbeKind.CONTENT) ? lookupContent(probe, now, seenAt)
					: lookupBand(probe, now, seenAt);
		}
		catch (RuntimeException ex) {
			failed = true;
			this.metrics.indexLookupFailed();
			try (MDC.MDCCloseable a = MDC.putCloseable("articleId", probe.articleId())) {
				logger.error("Fingerprint lookup {} of article {} failed; it goes on without it", probe.key(),
						probe.articleId(), ex);
			}
		}
		context
			.forward(new Record<>(
					NormalizeProcessor.utf8(probe.articleId()), new FingerprintVerdict(probe.requestId(),
							probe.expectedVerdicts(), probe.articleId(), probe.kind(), match, failed),
					record.timestamp()));
	}

	private @Nullable IndexMatch lookupContent(FingerprintProbe probe, long now, long seenAt) {
		WindowStore<String, IndexedContent> store = require(this.contents);
		KeyValue<Long, IndexedContent> entry = WindowStores.latest(store, probe.key(), since(now));
		if (entry == null) {
			store.put(probe.key(), new IndexedContent(probe.articleId(), seenAt), now);
			return null;
		}
		if (now - entry.key >= this.settings.refreshInterval().toMillis()) {
			WindowStores.rewrite(store, probe.key(), entry, entry.value, now);
		}
		return FingerprintIndex.matchContent(entry.value, probe.articleId());
	}

	private @Nullable IndexMatch lookupBand(FingerprintProbe probe, long now, long seenAt) {
		WindowStore<String, IndexedSimhash> store = require(this.simhashes);
		List<IndexedSimhash> bucket = new ArrayList<>();
		KeyValue<Long, IndexedSimhash> own = null;
		// Entries are keyed "<band key>|<article id>": the bucket is one key range.
		try (KeyValueIterator<Windowed<String>, IndexedSimhash> entries = store.fetch(probe.key() + "|",
				probe.key() + "|~", since(now), Long.MAX_VALUE)) {
			while (entries.hasNext() && bucket.size() < this.settings.maxBucketScan()) {
				KeyValue<Windowed<String>, IndexedSimhash> entry = entries.next();
				if (entry.value.articleId().equals(probe.articleId())) {
					own = KeyValue.pair(entry.key.window().start(), entry.value);
				}
				else {
					bucket.add(entry.value);
				}
			}
		}
		String ownKey = probe.key() + "|" + probe.articleId();
		if (own == null) {
			store.put(ownKey, new IndexedSimhash(probe.articleId(), probe.simhash(), seenAt), now);
		}
		else if (own.value.simhash() != probe.simhash()
				|| now - own.key >= this.settings.refreshInterval().toMillis()) {
			WindowStores.rewrite(store, ownKey, own,
					new IndexedSimhash(probe.articleId(), probe.simhash(), own.value.firstSeen()), now);
		}
		return FingerprintIndex.matchNear(bucket, probe.articleId(), probe.simhash(),
				this.settings.policy().nearDuplicateDistance(), this.bands, probe.band());
	}

	private long since(long now) {
		return now - this.settings.retention().toMillis();
	}

	private static <T> T require(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("not initialized");
		}
		return value;
	}

}
