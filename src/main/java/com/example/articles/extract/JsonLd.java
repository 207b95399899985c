package com.example.articles.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org JSON-LD of a page: all objects of all {@code ld+json} scripts (arrays
 * and {@code @graph} flattened, {@code @id} references resolvable), and the one that
 * describes the article. Tolerates the malformed JSON pages ship (comments, CDATA,
 * trailing commas, raw control characters, trailing garbage).
 */
final class JsonLd {

	private static final JsonMapper LENIENT = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
				JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
				JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES)
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
			"reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
			"backgroundnewsarticle", "askpublicquestionsarticle", "satiricalarticle", "scholarlyarticle", "techarticle",
			"report", "liveblogposting", "socialmediaposting", "discussionforumposting", "review",
			"medicalscholarlyarticle", "advertisercontentarticle", "posting");

	private final List<JsonNode> objects;

	private final Map<String, JsonNode> byId;

	private JsonLd(List<JsonNode> objects, Map<String, JsonNode> byId) {
		this.objects = objects;
		this.byId = byId;
	}

	static JsonLd of(List<String> scripts) {
		List<JsonNode> objects = new ArrayList<>();
		for (String script : scripts) {
			JsonNode root = parse(script);
			if (root != null) {
				collect(root, objects, 0);
			}
		}
		Map<String, JsonNode> byId = new HashMap<>();
		for (JsonNode node : objects) {
			String id = string(node.get("@id"));
			if (id != null) {
				byId.putIfAbsent(id, node);
			}
		}
		return new JsonLd(objects, byId);
	}

	static @Nullable JsonNode parse(String raw) {
		String json = raw.strip();
		if (json.isEmpty()) {
			return null;
		}
		if (json.indexOf('<') >= 0 || json.indexOf('>') >= 0) {
			// every marker has one of them, and removing one adds no '<' or '>'
			json = json.replace("<!--", "").replace("-->", "").replace("<![CDATA[", "").replace("]]>", "");
		}
		try {
			return LENIENT.readTree(json);
		}
		catch (JacksonException ex) {
			// some pages glue two objects together or cut the script short
			int end = json.lastIndexOf('}');
			if (end > 0 && end < json.length() - 1) {
				try {
					return LENIENT.readTree(json.substring(0, end + 1));
				}
				catch (JacksonException again) {
					return null;
				}
			}
			return null;
		}
	}

	private static void collect(JsonNode node, List<JsonNode> into, int depth) {
		if (depth > 4) {
			return;
		}
		if (node.isArray()) {
			for (JsonNode item : node.values()) {
				collect(item, into, depth + 1);
			}
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.has("@type")) {
			into.add(node);
		}
		JsonNode graph = node.get("@graph");
		if (graph != null) {
			collect(graph, into, depth + 1);
		}
		JsonNode mainEntity = node.get("mainEntity");
		if (mainEntity != null && mainEntity.isObject()) {
			collect(mainEntity, into, depth + 1);
		}
	}

	/** The object describing the article, or null. */
	@Nullable JsonNode article() {
		for (JsonNode node : this.objects) {
			if (hasType(node, ARTICLE_TYPES)) {
				return node;
			}
		}
		return null;
	}

	/** The first object of the given type (lower case, without namespace), or null. */
	@Nullable JsonNode ofType(String type) {
		for (JsonNode node : this.objects) {
			if (types(node).contains(type)) {
				return node;
			}
		}
		return null;
	}

	/** The raw {@code articleBody} of the article object (text or HTML), or null. */
	@Nullable String articleBody() {
		JsonNode article = article();
		JsonNode body = article != null ? article.get("articleBody") : null;
		return body != null && body.isString() && !body.stringValue().isBlank() ? body.stringValue() : null;
	}

	/** An object of type WebPage (or a subtype), or null. */
	@Nullable JsonNode webPage() {
		for (JsonNode node : this.objects) {
			for (String type : types(node)) {
				if (type.endsWith("page")) {
					return node;
				}
			}
		}
		return null;
	}

	/** Follows an {@code {"@id": ...}} reference to the full object, if present. */
	JsonNode resolve(JsonNode node) {
		if (node.isObject() && node.size() <= 2) {
			String id = string(node.get("@id"));
			if (id != null) {
				JsonNode target = this.byId.get(id);
				if (target != null) {
					return target;
				}
			}
		}
		return node;
	}

	/**
	 * Names of a value that is a name, an object with a name, a reference or an array.
	 */
	List<String> names(@Nullable JsonNode value) {
		Set<String> names = new LinkedHashSet<>();
		addNames(value, names, 0, false);
		return new ArrayList<>(names);
	}

	/**
	 * Like {@link #names}, without the objects typed as an organization (a publisher
	 * named as author is not a person who wrote the article).
	 */
	List<String> personNames(@Nullable JsonNode value) {
		Set<String> names = new LinkedHashSet<>();
		addNames(value, names, 0, true);
		return new ArrayList<>(names);
	}

	private void addNames(@Nullable JsonNode value, Set<String> names, int depth, boolean personsOnly) {
		if (value == null || depth > 3) {
			return;
		}
		if (value.isArray()) {
			for (JsonNode item : value.values()) {
				addNames(item, names, depth + 1, personsOnly);
			}
			return;
		}
		if (value.isString()) {
			String name = Texts.blankToNull(value.stringValue());
			if (name != null) {
				names.add(name);
			}
			return;
		}
		if (value.isObject()) {
			JsonNode resolved = resolve(value);
			if (personsOnly && hasType(resolved, ORGANIZATIONS)) {
				return;
			}
			JsonNode name = resolved.get("name");
			if (name != null && name.isString()) {
				String text = Texts.blankToNull(name.stringValue());
				if (text != null) {
					names.add(text);
				}
			}
			else if (name != null) {
				addNames(name, names, depth + 1, personsOnly);
			}
		}
	}

	private static final Set<String> ORGANIZATIONS = Set.of("organization", "newsmediaorganization", "corporation",
			"organisation", "localbusiness", "website", "brand");

	static @Nullable String string(@Nullable JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			return Texts.blankToNull(node.stringValue());
		}
		if (node.isArray() && !node.isEmpty()) {
			return string(node.get(0));
		}
		if (node.isObject()) {
			JsonNode value = node.get("@value");
			if (value == null) {
				value = node.get("name");
			}
			return value != null && value.isString() ? Texts.blankToNull(value.stringValue()) : null;
		}
		if (node.isNumber()) {
			return node.asString();
		}
		return null;
	}

	private static boolean hasType(JsonNode node, Set<String> wanted) {
		for (String type : types(node)) {
			if (wanted.contains(type)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> types(JsonNode node) {
		JsonNode type = node.get("@type");
		List<String> types = new ArrayList<>(2);
		if (type == null) {
			return types;
		}
		if (type.isString()) {
			types.add(simpleType(type.stringValue()));
		}
		else if (type.isArray()) {
			for (JsonNode item : type.values()) {
				if (item.isString()) {
					types.add(simpleType(item.stringValue()));
				}
			}
		}
		return types;
	}

	private static String simpleType(String type) {
		int slash = type.lastIndexOf('/');
		int colon = type.lastIndexOf(':');
		int cut = Math.max(slash, colon);
		return (cut >= 0 ? type.substring(cut + 1) : type).strip().toLowerCase(Locale.ROOT);
	}

}
