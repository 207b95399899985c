package com.example.articles.contract;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of the contracts: ISO-8601 instants, nulls written out, unknown
 * fields ignored.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private EventJson() {
	}

	/** The shared mapper; Jackson mappers are thread-safe once built. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	public static byte[] toBytes(Object event) {
		return MAPPER.writeValueAsBytes(event);
	}

	public static String toJson(Object event) {
		return MAPPER.writeValueAsString(event);
	}

	public static NormalizedArticleEvent readNormalized(byte[] json) {
		return MAPPER.readValue(json, NormalizedArticleEvent.class);
	}

}
