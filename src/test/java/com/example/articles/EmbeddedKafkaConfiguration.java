package com.example.articles;

import java.util.List;
import java.util.Map;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An embedded single-node KRaft broker on a random port, handed to Spring Boot as the
 * Kafka connection.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedKafkaConfiguration {

	/** Broker settings for one node with exactly-once and 10 MB events. */
	public static final Map<String, String> BROKER_PROPERTIES = Map.of("transaction.state.log.replication.factor", "1",
			"transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1", "message.max.bytes",
			"11534336", "group.initial.rebalance.delay.ms", "0");

	@Bean(destroyMethod = "destroy")
	EmbeddedKafkaKraftBroker embeddedKafkaBroker() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperties(BROKER_PROPERTIES);
		return broker;
	}

	@Bean
	KafkaConnectionDetails kafkaConnectionDetails(EmbeddedKafkaKraftBroker broker) {
		return () -> List.of(broker.getBrokersAsString().split(","));
	}

}
