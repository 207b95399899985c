/**
 * URL canonicalization: rel=canonical when sane, else the URL without tracking
 * parameters.
 */
@NullMarked
package com.example.articles.url;

import org.jspecify.annotations.NullMarked;
