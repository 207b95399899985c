package com.example.articles.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.example.articles.contract.WebUrls;

/**
 * Canonical article URLs. A page's rel=canonical wins when it is sane: absolute (or
 * resolvable), http or https, and on the same registrable domain as the page (a canonical
 * pointing elsewhere is as often a CMS mistake or a syndication partner as the truth).
 * Otherwise the page URL is cleaned: tracking parameters and the fragment dropped, scheme
 * and host lower-cased, default port dropped, empty path made "/". Thread-safe.
 */
public final class UrlCanonicalizer {

	private static final Pattern TRACKING_PARAM = Pattern
		.compile("(?i)utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ito|ns_.*|cmpid|"
				+ "ocid|icid|ncid|sr_share|smid|share|ref|ref_src|ref_url|referrer|at_medium|at_campaign|"
				+ "at_custom\\d*|wt\\.mc_id|cid|s_cid|mbid|trk|trkcampaign|xtor|__twitter_impression|"
				+ "_hsenc|_hsmi|oly_anon_id|oly_enc_id|vero_id|spm|scid|guccounter|guce_referrer|guce_referrer_sig");

	/**
	 * Second-level labels under which the registrable domain takes three labels
	 * (example.co.uk).
	 */
	private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or",
			"go", "gv", "nic", "ltd", "plc", "sch", "nhs", "police", "mod", "gob", "gouv", "asso", "nom");

	/**
	 * The canonical form of {@code pageUrl}, preferring {@code relCanonical} where it is
	 * sane.
	 */
	public String canonicalize(String pageUrl, @Nullable String relCanonical) {
		URI page = parse(pageUrl);
		if (page == null || !page.isAbsolute()) {
			return pageUrl;
		}
		if (relCanonical != null && !relCanonical.isBlank()) {
			URI candidate = resolve(page, relCanonical.strip());
			if (candidate != null && isHttp(candidate) && candidate.getHost() != null
					&& registrableDomain(candidate.getHost()).equals(registrableDomain(page.getHost()))) {
				return clean(candidate);
			}
		}
		return clean(page);
	}

	/** The cleaned page URL alone, no canonical link considered. */
	public String clean(String url) {
		URI uri = parse(url);
		return uri == null || !uri.isAbsolute() ? url : clean(uri);
	}

	/**
	 * The registrable domain of a host, by a short list of second-level labels rather
	 * than the whole public suffix list: good enough to tell a publisher's own canonical
	 * from a foreign one.
	 */
	public static String registrableDomain(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		if (h.endsWith(".")) {
			h = h.substring(0, h.length() - 1);
		}
		String[] labels = h.split("\\.");
		if (labels.length <= 2) {
			return h;
		}
		int n = labels.length;
		boolean countryWithSecondLevel = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
		int take = countryWithSecondLevel ? 3 : 2;
		return String.join(".", List.of(labels).subList(n - take, n));
	}

	private static String clean(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		StringBuilder out = new StringBuilder(scheme).append("://").append(host);
		if (!defaultPort) {
			out.append(':').append(port);
		}
		out.append(path);
		String query = cleanQuery(uri.getRawQuery());
		if (!query.isEmpty()) {
			out.append('?').append(query);
		}
		return out.toString();
	}

	private static String cleanQuery(@Nullable String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String name = pair.split("=", 2)[0];
			if (!TRACKING_PARAM.matcher(name).matches()) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
	}

	private static boolean isHttp(URI uri) {
		String scheme = uri.getScheme();
		return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
	}

	private static @Nullable URI resolve(URI base, String href) {
		URI ref = parse(href);
		if (ref == null) {
			return null;
		}
		try {
			return base.resolve(ref);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable URI parse(String url) {
		try {
			URI uri = WebUrls.toUri(url);
			if (uri.isAbsolute() && (uri.getHost() == null || !isHttp(uri))) {
				return null;
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
