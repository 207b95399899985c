/**
 * HTML that is safe to render in a CMS, built from the article's blocks under a Jsoup
 * safelist (by Jsoup's Cleaner, or by a walk that gives the same output for inline
 * markup).
 */
@NullMarked
package com.example.articles.sanitize;

import org.jspecify.annotations.NullMarked;
