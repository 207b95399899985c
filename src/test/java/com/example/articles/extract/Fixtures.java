package com.example.articles.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the hand-written fixture pages of src/test/resources/extract. */
final class Fixtures {

	private Fixtures() {
	}

	static String page(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
