/**
 * URLs: canonicalization (rel=canonical when sane, else the URL without tracking
 * parameters) and resolving a page's links against its base.
 */
@NullMarked
package com.example.articles.url;

import org.jspecify.annotations.NullMarked;
