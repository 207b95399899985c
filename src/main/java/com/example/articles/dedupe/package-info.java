/**
 * Cross-event dedupe decisions: is this scrape a repeat, a new revision, a syndicated
 * copy or a near copy of an article seen before? Pure functions over small state values;
 * the Kafka Streams processors in {@code pipeline} keep the state and call them.
 */
@NullMarked
package com.example.articles.dedupe;

import org.jspecify.annotations.NullMarked;
