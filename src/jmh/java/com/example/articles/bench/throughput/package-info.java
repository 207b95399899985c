/**
 * The throughput harness of the Kafka service (issue 3, point 8), outside the default
 * build: {@code bench/run-throughput.sh} pushes the corpus pages through a real broker
 * into the service, into a bare exactly-once pass-through, and through the normalizer
 * alone, and prints articles per second, end-to-end latency, heap and CPU per article.
 * See docs/throughput.md.
 */
@NullMarked
package com.example.articles.bench.throughput;

import org.jspecify.annotations.NullMarked;
