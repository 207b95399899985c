/**
 * Duplicate-block removal within one article: repeated captions, pull quotes glued to
 * captions, repeated headlines and blocks.
 */
@NullMarked
package com.example.articles.blocks;

import org.jspecify.annotations.NullMarked;
