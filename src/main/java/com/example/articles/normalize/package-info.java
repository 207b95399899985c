/**
 * Turns a raw article event into a normalized one: the orchestration of extraction, block
 * dedupe, sanitizing and fingerprinting.
 */
@NullMarked
package com.example.articles.normalize;

import org.jspecify.annotations.NullMarked;
