/**
 * The HTTP adapter: a normalize endpoint and a preview page over the core, for trying the
 * normalizer on one page.
 */
@NullMarked
package com.example.articles.web;

import org.jspecify.annotations.NullMarked;
