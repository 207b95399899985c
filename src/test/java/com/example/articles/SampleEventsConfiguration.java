package com.example.articles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

import com.example.articles.contract.EventJson;
import com.example.articles.contract.NormalizedArticleEvent;

/**
 * Publishes {@code samples/raw-events.jsonl} to the raw topic at start-up and logs what
 * the service publishes (read_committed, like a CMS would read).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SampleEventsConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SampleEventsConfiguration.class);

	@Bean
	ApplicationRunner publishSampleEvents(KafkaTemplate<String, String> template,
			@Value("${articles.topics.raw}") String rawTopic) {
		return (args) -> {
			int count = 0;
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(
					new ClassPathResource("samples/raw-events.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
				for (String line : lines.lines().filter((l) -> !l.isBlank()).toList()) {
					template.send(rawTopic, line);
					count++;
				}
			}
			template.flush();
			logger.info("Published {} sample raw events to {}", count, rawTopic);
		};
	}

	@Bean
	NormalizedEventLogger normalizedEventLogger() {
		return new NormalizedEventLogger();
	}

	static class NormalizedEventLogger {

		@KafkaListener(id = "sample-normalized-logger", topics = "${articles.topics.normalized}",
				properties = { "isolation.level=read_committed", "auto.offset.reset=earliest" })
		void normalized(ConsumerRecord<String, String> record) {
			NormalizedArticleEvent event = EventJson.readNormalized(record.value().getBytes(StandardCharsets.UTF_8));
			logger.info(
					"Normalized event: articleId={} revision={} duplicateOf={} nearDuplicateOf={} title=\"{}\" paragraphs={} images={} captions={}",
					event.articleId(), event.revision(), event.duplicateOf(), event.nearDuplicateOf(), event.title(),
					event.paragraphs().size(), event.images().size(),
					event.images().stream().map((image) -> "\"" + image.caption() + "\"").collect(Collectors.toList()));
			logger.debug("Normalized event JSON: {}", record.value());
		}

		@KafkaListener(id = "sample-dead-letter-logger", topics = "${articles.topics.dead-letters}",
				properties = { "isolation.level=read_committed", "auto.offset.reset=earliest" })
		void deadLetter(ConsumerRecord<String, String> record) throws IOException {
			var reason = record.headers().lastHeader("dlt.reason");
			var message = record.headers().lastHeader("dlt.exception.message");
			logger.info("Dead letter: reason={} message=\"{}\" value={}",
					(reason != null) ? new String(reason.value(), StandardCharsets.UTF_8) : null,
					(message != null) ? new String(message.value(), StandardCharsets.UTF_8) : null,
					abbreviate(record.value()));
		}

		private static String abbreviate(String value) {
			return (value == null || value.length() <= 120) ? value : value.substring(0, 120) + "...";
		}

	}

}
