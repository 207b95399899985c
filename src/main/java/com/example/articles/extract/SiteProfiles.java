package com.example.articles.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user-editable site profiles (see docs/site-profiles.md): a JSON file
 * {@code {"profiles": [{"domains": [...], "drop": [...], "body": [...]}]}}, read from a
 * path or from {@code site-profiles.json} on the classpath. Selectors are checked when
 * the file is loaded, so a typo fails at startup, not on the first matching page.
 * Immutable and thread-safe.
 */
public final class SiteProfiles {

	/** The classpath resource read when no path is configured. */
	public static final String DEFAULT_RESOURCE = "/site-profiles.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final SiteProfiles EMPTY = new SiteProfiles(List.of());

	private final List<SiteProfile> profiles;

	public SiteProfiles(List<SiteProfile> profiles) {
		for (SiteProfile profile : profiles) {
			validate(profile);
		}
		this.profiles = List.copyOf(profiles);
	}

	public static SiteProfiles empty() {
		return EMPTY;
	}

	/** The profiles of {@code path}, or of the classpath default when it is null. */
	public static SiteProfiles load(@Nullable Path path) {
		if (path != null) {
			try {
				return parse(Files.readString(path), path.toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read site profiles " + path, ex);
			}
		}
		try (InputStream in = SiteProfiles.class.getResourceAsStream(DEFAULT_RESOURCE)) {
			if (in == null) {
				return EMPTY;
			}
			return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), DEFAULT_RESOURCE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read site profiles " + DEFAULT_RESOURCE, ex);
		}
	}

	static SiteProfiles parse(String json, String origin) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"site profiles " + origin + " are not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		JsonNode list = root.get("profiles");
		if (list == null || !list.isArray()) {
			throw new IllegalArgumentException("site profiles " + origin + " need a \"profiles\" array");
		}
		List<SiteProfile> profiles = new ArrayList<>();
		for (JsonNode node : list.values()) {
			List<String> domains = strings(node, "domains", origin);
			if (domains.isEmpty()) {
				throw new IllegalArgumentException("a site profile in " + origin + " has no \"domains\"");
			}
			profiles.add(new SiteProfile(domains, strings(node, "drop", origin), strings(node, "body", origin)));
		}
		return new SiteProfiles(profiles);
	}

	private static List<String> strings(JsonNode node, String field, String origin) {
		JsonNode value = node.get(field);
		List<String> strings = new ArrayList<>();
		if (value == null || value.isNull()) {
			return strings;
		}
		if (!value.isArray()) {
			throw new IllegalArgumentException(
					"\"" + field + "\" of a site profile in " + origin + " must be an array of strings");
		}
		for (JsonNode item : value.values()) {
			if (!item.isString() || item.stringValue().isBlank()) {
				throw new IllegalArgumentException(
						"\"" + field + "\" of a site profile in " + origin + " must hold non-empty strings");
			}
			strings.add(item.stringValue().strip());
		}
		return strings;
	}

	private static void validate(SiteProfile profile) {
		for (List<String> selectors : List.of(profile.drop(), profile.body())) {
			for (String selector : selectors) {
				try {
					QueryParser.parse(selector);
				}
				catch (Selector.SelectorParseException ex) {
					throw new IllegalArgumentException(
							"bad selector \"" + selector + "\" in the site profile of " + profile.domains(), ex);
				}
			}
		}
	}

	public int size() {
		return this.profiles.size();
	}

	/** The profile for the page at {@code url}, or {@link SiteProfile#NONE}. */
	public SiteProfile forUrl(@Nullable String url) {
		if (this.profiles.isEmpty() || url == null) {
			return SiteProfile.NONE;
		}
		String host;
		try {
			host = new URI(url.strip()).getHost();
		}
		catch (URISyntaxException ex) {
			return SiteProfile.NONE;
		}
		if (host == null) {
			return SiteProfile.NONE;
		}
		String lower = host.toLowerCase(Locale.ROOT);
		for (SiteProfile profile : this.profiles) {
			if (profile.matchesHost(lower)) {
				return profile;
			}
		}
		return SiteProfile.NONE;
	}

}
