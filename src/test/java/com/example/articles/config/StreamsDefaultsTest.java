package com.example.articles.config;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.example.articles.dedupe.DuplicateAction;
import com.example.articles.pipeline.DeadLetterExceptionHandler;
import com.example.articles.pipeline.PipelineSettings;

import static org.assertj.core.api.Assertions.assertThat;

class StreamsDefaultsTest {

	@Test
	void bindsTheDefaults() {
		ArticlesProperties properties = bind(Map.of());
		PipelineSettings settings = properties.pipelineSettings();
		assertThat(settings.topics().raw()).isEqualTo("articles.raw");
		assertThat(settings.topics().normalized()).isEqualTo("articles.normalized");
		assertThat(settings.topics().deadLetters()).isEqualTo("articles.raw.dlt");
		assertThat(settings.policy().syndicated()).isEqualTo(DuplicateAction.FLAG);
		assertThat(settings.policy().nearDuplicateDistance()).isEqualTo(3);
		assertThat(settings.retention()).hasDays(30);
		assertThat(settings.maxEventBytes()).isEqualTo(10L * 1024 * 1024);
		assertThat(properties.topics().replicationFactor()).isNull();
	}

	@Test
	void bindsPoliciesAndSizesFromProperties() {
		ArticlesProperties properties = bind(Map.of("articles.dedupe.syndicated", "drop",
				"articles.dedupe.near-duplicate-distance", "5", "articles.dedupe.retention", "7d",
				"articles.limits.max-event-size", "2MB", "articles.topics.replication-factor", "3"));
		assertThat(properties.pipelineSettings().policy().syndicated()).isEqualTo(DuplicateAction.DROP);
		assertThat(properties.pipelineSettings().policy().bands().count()).isEqualTo(6);
		assertThat(properties.pipelineSettings().retention()).hasDays(7);
		assertThat(properties.pipelineSettings().maxEventBytes()).isEqualTo(2L * 1024 * 1024);
		assertThat(properties.topics().replicationFactor()).isEqualTo((short) 3);
	}

	@Test
	void addsExactlyOnceLimitsAndHandlersWithoutOverridingWhatIsConfigured() {
		Properties configured = new Properties();
		configured.put("main.consumer.max.poll.records", "7");
		configured.put("application.id", "app");

		Properties streams = StreamsDefaults.apply(configured, bind(Map.of()));

		assertThat(streams).containsEntry("processing.guarantee", "exactly_once_v2")
			.containsEntry("ensure.explicit.internal.resource.naming", "true")
			.containsEntry("main.consumer.max.poll.records", "7")
			.containsEntry("buffered.records.per.partition", "100")
			.containsEntry("producer.max.request.size", Long.toString(11L * 1024 * 1024))
			.containsEntry("consumer.max.partition.fetch.bytes", Long.toString(11L * 1024 * 1024))
			.containsEntry("topic.max.message.bytes", Long.toString(11L * 1024 * 1024))
			.containsEntry("processing.exception.handler", DeadLetterExceptionHandler.class.getName())
			.containsEntry(DeadLetterExceptionHandler.DEAD_LETTER_TOPIC_CONFIG, "articles.raw.dlt")
			.containsEntry("application.id", "app");
	}

	private static ArticlesProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("articles",
				ArticlesProperties.class);
	}

}
