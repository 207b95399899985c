/**
 * Identity and similarity of articles: article ids, content hashes and simhashes.
 */
@NullMarked
package com.example.articles.fingerprint;

import org.jspecify.annotations.NullMarked;
