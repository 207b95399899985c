/**
 * HTML that is safe to render in a CMS, built from the article's blocks through Jsoup's
 * Cleaner.
 */
@NullMarked
package com.example.articles.sanitize;

import org.jspecify.annotations.NullMarked;
