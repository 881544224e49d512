package io.factstream.ingest.article;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Validates a submission and turns it into the cleaned article that the pipeline processes. */
public class ArticleNormalizer {
    private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote";
    private final int maxBodyChars;

    public ArticleNormalizer(int maxBodyChars) {
        this.maxBodyChars = maxBodyChars;
    }

    public CleanArticle normalize(ArticleSubmission submission, Instant now) {
        if (submission == null) {
            throw InvalidArticleException.badRequest("the request has no article");
        }
        require(submission.url(), "url");
        require(submission.body(), "body");
        if (submission.body().length() > maxBodyChars) {
            throw new InvalidArticleException(413, "body has " + submission.body().length()
                    + " characters, more than the limit of " + maxBodyChars);
        }
        URI canonical = CanonicalUrl.of(submission.url());
        String body = cleanBody(submission.body(), submission.contentType());
        if (body.isBlank()) {
            throw InvalidArticleException.badRequest("body has no text");
        }
        String title = submission.title() == null || submission.title().isBlank()
                ? firstLine(body) : submission.title().strip();
        String outlet = submission.outlet() == null || submission.outlet().isBlank()
                ? CanonicalUrl.outletOf(canonical) : submission.outlet().strip().toLowerCase(Locale.ROOT);
        return new CleanArticle(canonical.toString(), title, body, outlet, publishedAt(submission.publishedAt(), now),
                "und");
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidArticleException.badRequest(field + " is required");
        }
    }

    private static String cleanBody(String body, String contentType) {
        String type = contentType == null ? "text/plain" : contentType.strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/plain" -> normalizeParagraphs(body);
            case "text/html" -> normalizeParagraphs(htmlToText(body));
            default -> throw new InvalidArticleException(415,
                    "contentType must be text/plain or text/html, got: " + contentType);
        };
    }

    /** Block elements become paragraphs; scripts, styles and markup disappear. */
    private static String htmlToText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, iframe, nav, footer, aside, form").remove();
        StringBuilder text = new StringBuilder();
        for (Element block : document.body().select(TEXT_BLOCKS)) {
            boolean innermost = block.select(TEXT_BLOCKS).size() == 1; // select() includes the block itself
            if (innermost) {
                text.append(block.text()).append("\n\n");
            }
        }
        return text.isEmpty() ? document.body().text() : text.toString();
    }

    private static String normalizeParagraphs(String text) {
        return text.replace("\r\n", "\n").replace('\u00a0', ' ').replace("\u0000", "")
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String firstLine(String body) {
        int end = body.indexOf('\n');
        String line = end < 0 ? body : body.substring(0, end);
        return line.length() > 160 ? line.substring(0, 160) : line;
    }

    private static Instant publishedAt(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notAnOffsetDateTime) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidArticleException.badRequest("publishedAt must be an ISO-8601 date or date-time, got: "
                        + value);
            }
        }
    }
}
