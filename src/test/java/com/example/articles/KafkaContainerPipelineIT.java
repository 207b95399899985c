package com.example.articles;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same integration tests on a real apache/kafka broker in Docker; skipped where there
 * is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerPipelineIT extends AbstractPipelineIT {

	@Container
	static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

	@Override
	protected String bootstrapServers() {
		return kafka.getBootstrapServers();
	}

}
