package com.example.articles.extract;

import java.util.List;
import java.util.Locale;

/**
 * What we know about one publisher that the generic extractor cannot guess: elements to
 * drop before extraction, and where the body is. Selectors are Jsoup CSS selectors.
 *
 * @param domains hosts the profile applies to (a host matches its subdomains too)
 * @param drop elements removed from the page before anything else
 * @param body elements the body is taken from, in document order; when none matches the
 * page, the generic content finder decides
 */
public record SiteProfile(List<String> domains, List<String> drop, List<String> body) {

	public static final SiteProfile NONE = new SiteProfile(List.of(), List.of(), List.of());

	public SiteProfile {
		domains = domains.stream().map(domain -> domain.strip().toLowerCase(Locale.ROOT)).toList();
		drop = List.copyOf(drop);
		body = List.copyOf(body);
	}

	boolean matchesHost(String host) {
		for (String domain : this.domains) {
			if (host.equals(domain) || host.endsWith("." + domain)) {
				return true;
			}
		}
		return false;
	}

}
