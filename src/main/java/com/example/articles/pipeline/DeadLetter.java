package com.example.articles.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * A record for the dead-letter topic: the bytes to write, unchanged; the reason travels
 * in the record's {@link DeadLetterHeaders}.
 */
record DeadLetter(byte @Nullable [] value) implements PipelineMessage {

}
