package io.factstream.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The canonical form of an article URL: one article, one URL, whatever tracking was appended. */
public final class CanonicalUrl {
    private CanonicalUrl() {
    }

    public static URI of(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw InvalidArticleException.badRequest("url is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw InvalidArticleException.badRequest("url must be an absolute http(s) URL, got: " + url);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = withoutTracking(uri.getRawQuery());
        try {
            return new URI(scheme + "://" + host + (port == -1 ? "" : ":" + port) + path
                    + (query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            throw InvalidArticleException.badRequest("url is not a valid URL: " + e.getMessage());
        }
    }

    /** The outlet an URL belongs to: its host without a leading {@code www.}. */
    public static String outletOf(URI canonical) {
        String host = canonical.getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(param -> !param.isEmpty() && !isTracking(param.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid") || name.equals("ref") || name.equals("cmpid");
    }
}
