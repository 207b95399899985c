/**
 * Speed and accuracy measurements outside the default build (Maven profile
 * {@code benchmarks}): JMH benchmarks of our normalizer against Jsoup's parse and two
 * peer extractors, and a batch command that lets the score tool measure the peers.
 */
@NullMarked
package com.example.articles.bench;

import org.jspecify.annotations.NullMarked;
