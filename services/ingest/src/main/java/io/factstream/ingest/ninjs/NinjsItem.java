package io.factstream.ingest.ninjs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.article.InvalidArticleException;
import java.util.List;
import java.util.Locale;

/**
 * The fields Factstream reads of an IPTC ninjs news item (the news industry's JSON format); the
 * others are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NinjsItem(
        String uri,
        String headline,
        @JsonProperty("body_text") String bodyText,
        @JsonProperty("body_html") String bodyHtml,
        String versioncreated,
        String firstcreated,
        String located,
        String byline,
        List<Link> links) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(String href, String rel) {
    }

    /** HTML wins over plain text, as it keeps the paragraphs; the URL is the uri or a canonical link. */
    public ArticleSubmission toSubmission() {
        boolean html = bodyHtml != null && !bodyHtml.isBlank();
        return new ArticleSubmission(webUrl(), headline, html ? bodyHtml : bodyText, null,
                versioncreated != null ? versioncreated : firstcreated, html ? "text/html" : "text/plain", byline,
                located);
    }

    private String webUrl() {
        if (isWebUrl(uri)) {
            return uri;
        }
        if (links != null) {
            for (Link link : links) {
                if (isWebUrl(link.href()) && ("canonical".equals(link.rel()) || "self".equals(link.rel()))) {
                    return link.href();
                }
            }
        }
        throw InvalidArticleException.badRequest("a ninjs item needs an http(s) uri, or a link with rel canonical "
                + "or self; got uri " + uri);
    }

    private static boolean isWebUrl(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).matches("https?://.+");
    }
}
