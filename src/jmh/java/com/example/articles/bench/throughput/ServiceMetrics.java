package com.example.articles.bench.throughput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;

import com.example.articles.contract.EventJson;

/**
 * The service's own counts, from its actuator: events done = normalized events published,
 * plus duplicates dropped (not those flagged: they are published too), plus dead letters.
 */
final class ServiceMetrics {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	ServiceMetrics(int port) {
		this.base = "http://127.0.0.1:" + port + "/actuator/metrics/";
	}

	long eventsDone() {
		return count("articles.events.published") + count("articles.duplicates?tag=action:dropped")
				+ count("articles.dead.letters");
	}

	private long count(String metric) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.base + metric)).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() == 404) {
				return 0;
			}
			for (JsonNode measurement : EventJson.mapper().readTree(response.body()).path("measurements")) {
				if (measurement.path("statistic").asString().equals("COUNT")) {
					return (long) measurement.path("value").asDouble();
				}
			}
			return 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

}
