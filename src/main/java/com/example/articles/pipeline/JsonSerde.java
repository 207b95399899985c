package com.example.articles.pipeline;

import java.util.Map;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

import com.example.articles.contract.EventJson;

/**
 * JSON serde over the contracts' one mapping ({@link EventJson}); null stays null (a
 * tombstone).
 *
 * @param <T> the value type
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

	private final ObjectWriter writer;

	private final ObjectReader reader;

	public JsonSerde(Class<T> type) {
		this.writer = EventJson.mapper().writerFor(type);
		this.reader = EventJson.mapper().readerFor(type);
	}

	@Override
	public byte @Nullable [] serialize(String topic, @Nullable T data) {
		return (data != null) ? this.writer.writeValueAsBytes(data) : null;
	}

	@Override
	public @Nullable T deserialize(String topic, byte @Nullable [] data) {
		return (data != null) ? this.reader.readValue(data) : null;
	}

	@Override
	public Serializer<T> serializer() {
		return this;
	}

	@Override
	public Deserializer<T> deserializer() {
		return this;
	}

	@Override
	public void configure(Map<String, ?> configs, boolean isKey) {
	}

	@Override
	public void close() {
	}

}
