/**
 * Main-content extraction from HTML pages: body blocks in reading order, metadata, images
 * with captions.
 */
@NullMarked
package com.example.articles.extract;

import org.jspecify.annotations.NullMarked;
