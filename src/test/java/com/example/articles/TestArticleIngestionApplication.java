package com.example.articles;

import org.springframework.boot.SpringApplication;

/**
 * The local run: {@code ./mvnw spring-boot:test-run} starts an embedded KRaft broker, the
 * service against it, publishes the bundled sample raw events and logs the normalized
 * events and dead letters as they arrive. No Docker needed.
 */
public class TestArticleIngestionApplication {

	public static void main(String[] args) {
		SpringApplication.from(ArticleIngestionApplication::main)
			.with(EmbeddedKafkaConfiguration.class, SampleEventsConfiguration.class)
			.run(args);
	}

}
