package com.example.articles;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;

/**
 * The local run: {@code ./mvnw spring-boot:test-run} starts an embedded KRaft broker, the
 * service against it, publishes the bundled sample raw events and logs the normalized
 * events and dead letters as they arrive. No Docker needed.
 */
public class TestArticleIngestionApplication {

	public static void main(String[] args) throws IOException {
		// Every run has a new broker, so it gets a new state directory too: state left
		// by an earlier run would remember articles this broker never saw.
		String[] withStateDir = Arrays.stream(args)
			.anyMatch((arg) -> arg.contains("streams.state-dir"))
					? args
					: Stream
						.concat(Arrays.stream(args),
								Stream.of("--spring.kafka.streams.state-dir="
										+ Files.createTempDirectory("article-ingestion-local-")))
						.toArray(String[]::new);
		SpringApplication.from(ArticleIngestionApplication::main)
			.with(EmbeddedKafkaConfiguration.class, SampleEventsConfiguration.class)
			.run(withStateDir);
	}

}
