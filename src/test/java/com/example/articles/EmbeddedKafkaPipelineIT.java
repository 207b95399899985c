package com.example.articles;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The integration tests on an embedded KRaft broker: no Docker needed. */
class EmbeddedKafkaPipelineIT extends AbstractPipelineIT {

	private static EmbeddedKafkaKraftBroker broker;

	@BeforeAll
	static void startBroker() {
		broker = new EmbeddedKafkaKraftBroker(1, 2);
		broker.brokerProperties(EmbeddedKafkaConfiguration.BROKER_PROPERTIES);
		broker.afterPropertiesSet();
	}

	@AfterAll
	static void stopBroker() {
		broker.destroy();
	}

	@Override
	protected String bootstrapServers() {
		return broker.getBrokersAsString();
	}

}
