/**
 * The batch command line: JSON Lines of raw events in, normalized events out, no Kafka.
 */
@NullMarked
package com.example.articles.cli;

import org.jspecify.annotations.NullMarked;
