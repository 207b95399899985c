package com.example.articles.pipeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What flows between the processors. Articles, probes and verdicts cross repartition
 * topics as JSON with a {@code type} field; dead letters and publications only reach a
 * sink.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ArticleEnvelope.class, name = "article"),
		@JsonSubTypes.Type(value = FingerprintProbe.class, name = "probe"),
		@JsonSubTypes.Type(value = FingerprintVerdict.class, name = "verdict") })
sealed interface PipelineMessage
		permits ArticleEnvelope, FingerprintProbe, FingerprintVerdict, DeadLetter, Publication {

}
