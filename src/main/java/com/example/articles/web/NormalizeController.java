package com.example.articles.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.example.articles.contract.EventRejectedException;
import com.example.articles.contract.NormalizedArticleEvent;
import com.example.articles.normalize.ArticleNormalizer;

/**
 * {@code POST /api/v1/normalize}: one raw article event in, its normalized event out, the
 * same as the batch CLI and the pipeline produce (without cross-event dedupe). A rejected
 * event is a 422 problem with the rejection reason. The body is read as bytes so that the
 * size limit and JSON errors are judged exactly as on the Kafka topic.
 */
@RestController
class NormalizeController {

	private final ArticleNormalizer normalizer;

	NormalizeController(ArticleNormalizer normalizer) {
		this.normalizer = normalizer;
	}

	@PostMapping(path = "/api/v1/normalize", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	NormalizedArticleEvent normalize(@RequestBody byte[] rawEvent) {
		return this.normalizer.normalize(rawEvent);
	}

	@ExceptionHandler(EventRejectedException.class)
	ProblemDetail rejected(EventRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Event rejected");
		problem.setType(URI.create("urn:article-ingestion:rejection:" + ex.reason().code()));
		problem.setProperty("reason", ex.reason().code());
		if (ex.eventId() != null) {
			problem.setProperty("eventId", ex.eventId());
		}
		return problem;
	}

}
