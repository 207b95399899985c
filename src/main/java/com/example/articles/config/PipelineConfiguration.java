package com.example.articles.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import com.example.articles.normalize.ArticleNormalizer;
import com.example.articles.normalize.NormalizerSettings;
import com.example.articles.pipeline.ArticleTopology;
import com.example.articles.pipeline.MicrometerPipelineMetrics;
import com.example.articles.pipeline.PipelineMetrics;

/**
 * The Kafka Streams service: Spring Kafka's {@code StreamsBuilderFactoryBean} (from
 * Spring Boot's {@code spring.kafka.streams.*}) with this service's defaults, its
 * topology, its topics, health and metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class PipelineConfiguration {

	@Bean
	PipelineMetrics pipelineMetrics(MeterRegistry registry) {
		return new MicrometerPipelineMetrics(registry);
	}

	@Bean
	KStream<byte[], byte[]> articleTopology(StreamsBuilder builder, ArticlesProperties properties,
			ArticleNormalizer normalizer, PipelineMetrics metrics) {
		return ArticleTopology.build(builder, properties.pipelineSettings(), normalizer::normalize, metrics);
	}

	@Bean
	StreamsBuilderFactoryBeanConfigurer articleStreamsConfigurer(ArticlesProperties properties,
			ApplicationEventPublisher publisher) {
		return (factoryBean) -> {
			factoryBean
				.setStreamsConfiguration(StreamsDefaults.apply(factoryBean.getStreamsConfiguration(), properties));
			factoryBean.setStateListener(new StreamsAvailability(publisher));
			factoryBean.setStreamsUncaughtExceptionHandler(
					new ThreadReplacementPolicy(3, Duration.ofMinutes(10), Clock.systemUTC()));
			factoryBean.setCloseTimeout((int) Math.max(1, properties.streams().closeTimeout().toSeconds()));
			factoryBean.setLeaveGroupOnClose(properties.streams().leaveGroupOnClose());
		};
	}

	@Bean
	StreamsHealthIndicator kafkaStreamsHealthIndicator(StreamsBuilderFactoryBean factoryBean) {
		return new StreamsHealthIndicator(factoryBean);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "articles.topics.create", matchIfMissing = true)
	KafkaAdmin.NewTopics articleTopics(ArticlesProperties properties) {
		ArticlesProperties.TopicSettings topics = properties.topics();
		String maxMessageBytes = Long.toString(properties.limits().kafkaMessageBytes());
		return new KafkaAdmin.NewTopics(
				topic(topics.raw(), topics).config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes).build(),
				topic(topics.normalized(), topics).compact()
					.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes)
					.build(),
				topic(topics.deadLetters(), topics).config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes)
					.build());
	}

	private static TopicBuilder topic(String name, ArticlesProperties.TopicSettings topics) {
		TopicBuilder builder = TopicBuilder.name(name).partitions(topics.partitions());
		Short replicationFactor = topics.replicationFactor();
		return (replicationFactor != null) ? builder.replicas(replicationFactor) : builder;
	}

}
