package com.example.articles.pipeline;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.jspecify.annotations.Nullable;

/**
 * Window stores used as key-value stores whose entries expire: one entry per key, at the
 * time it was last written; whole segments past the retention are dropped by the store.
 */
final class WindowStores {

	private WindowStores() {
	}

	/**
	 * The newest entry of a key written since {@code since}: its write time and value.
	 * The store drops expired entries a whole segment at a time; reading from
	 * {@code since} makes the retention exact.
	 */
	static <V> @Nullable KeyValue<Long, V> latest(WindowStore<String, V> store, String key, long since) {
		KeyValue<Long, V> latest = null;
		try (WindowStoreIterator<V> entries = store.fetch(key, since, Long.MAX_VALUE)) {
			while (entries.hasNext()) {
				latest = entries.next();
			}
		}
		return latest;
	}

	/** Moves an entry to {@code now}, with a new value, so that it stays one entry. */
	static <V> void rewrite(WindowStore<String, V> store, String key, @Nullable KeyValue<Long, V> old, V value,
			long now) {
		if (old != null && old.key != now) {
			store.put(key, null, old.key);
		}
		store.put(key, value, now);
	}

}
