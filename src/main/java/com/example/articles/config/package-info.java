/**
 * Spring wiring of the service: properties, the Kafka Streams set-up, topics, health and
 * metrics.
 */
@NullMarked
package com.example.articles.config;

import org.jspecify.annotations.NullMarked;
