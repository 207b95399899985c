/**
 * The event contracts: what scrapers publish and what the CMS consumes, and their JSON
 * form. Plain Java and Jackson; no Spring, no Kafka.
 */
@NullMarked
package com.example.articles.contract;

import org.jspecify.annotations.NullMarked;
