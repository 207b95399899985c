/**
 * The Kafka Streams topology: normalize raw events, look their fingerprints up in indexes
 * partitioned by fingerprint, decide per article and publish; dead letters for what
 * cannot be processed.
 */
@NullMarked
package com.example.articles.pipeline;

import org.jspecify.annotations.NullMarked;
