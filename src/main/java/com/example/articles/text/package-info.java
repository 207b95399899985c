/**
 * Article extraction from plain-text payloads: blocks split on blank lines, the title,
 * caption blocks.
 */
@NullMarked
package com.example.articles.text;

import org.jspecify.annotations.NullMarked;
