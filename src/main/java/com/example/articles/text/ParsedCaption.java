package com.example.articles.text;

import org.jspecify.annotations.Nullable;

/**
 * A caption block taken apart: what the image shows and who took it; either may be
 * missing, not both.
 */
record ParsedCaption(@Nullable String caption, @Nullable String credit) {

}
