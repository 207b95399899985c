package com.example.articles.pipeline;

/**
 * The topics of the service.
 *
 * @param raw raw article events in
 * @param normalized normalized article events out, keyed by article id (compacted)
 * @param deadLetters raw events that could not be processed, bytes unchanged, with
 * {@link DeadLetterHeaders}
 */
public record Topics(String raw, String normalized, String deadLetters) {

}
