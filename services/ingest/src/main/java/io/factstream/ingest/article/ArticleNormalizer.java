package io.factstream.ingest.article;

import io.factstream.ingest.cleaning.BoilerplateFilter;
import io.factstream.ingest.cleaning.HtmlMainText;
import io.factstream.ingest.cleaning.LanguageIdentifier;
import io.factstream.ingest.cleaning.ParagraphText;
import io.factstream.ingest.cleaning.PublishedTime;
import io.factstream.ingest.cleaning.TextBlock;
import io.factstream.ingest.cleaning.TextRepair;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Validates a submission and turns it into the cleaned article that the pipeline processes. */
public class ArticleNormalizer {
    private final int maxBodyChars;
    private final BoilerplateFilter boilerplate;
    private final LanguageIdentifier languages;

    public ArticleNormalizer(int maxBodyChars, BoilerplateFilter boilerplate, LanguageIdentifier languages) {
        this.maxBodyChars = maxBodyChars;
        this.boilerplate = boilerplate;
        this.languages = languages;
    }

    /**
     * The checks a submission must pass before it is accepted; cheap, unlike the cleaning.
     *
     * @return the canonical URL, which gives the article its id
     * @throws InvalidArticleException when the submission can never become an article
     */
    public URI validate(ArticleSubmission submission) {
        if (submission == null) {
            throw InvalidArticleException.badRequest("the request has no article");
        }
        require(submission.url(), "url");
        require(submission.body(), "body");
        if (submission.body().length() > maxBodyChars) {
            throw new InvalidArticleException(413, "body has " + submission.body().length()
                    + " characters, more than the limit of " + maxBodyChars);
        }
        contentTypeOf(submission);
        URI canonical = CanonicalUrl.of(submission.url());
        if (submission.publishedAt() != null && !submission.publishedAt().isBlank()) {
            PublishedTime.parse(submission.publishedAt());
        }
        return canonical;
    }

    /**
     * @param receivedAt when the article was accepted; its publication time when the submission has none
     * @throws InvalidArticleException when the submission is invalid or has no text once cleaned
     */
    public CleanArticle normalize(ArticleSubmission submission, Instant receivedAt) {
        URI canonical = validate(submission);
        Instant publishedAt = submission.publishedAt() == null || submission.publishedAt().isBlank()
                ? receivedAt : PublishedTime.parse(submission.publishedAt());
        String outlet = submission.outlet() == null || submission.outlet().isBlank()
                ? CanonicalUrl.outletOf(canonical) : submission.outlet().strip().toLowerCase(Locale.ROOT);
        List<TextBlock> blocks = mainText(submission.body(), contentTypeOf(submission), canonical.toString());
        String body = ParagraphText.of(boilerplate.keepContent(outlet, canonical.toString(), blocks));
        if (body.isBlank()) {
            throw InvalidArticleException.badRequest("body has no text");
        }
        String title = submission.title() == null || submission.title().isBlank()
                ? BoilerplateFilter.headline(blocks).orElseGet(() -> firstLine(body))
                : TextRepair.repair(submission.title()).replaceAll("\\s+", " ").strip();
        return new CleanArticle(canonical.toString(), title, body, outlet, publishedAt, languages.languageOf(body));
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidArticleException.badRequest(field + " is required");
        }
    }

    private static String contentTypeOf(ArticleSubmission submission) {
        String type = submission.contentType() == null ? "text/plain"
                : submission.contentType().strip().toLowerCase(Locale.ROOT);
        if (!type.equals("text/plain") && !type.equals("text/html")) {
            throw new InvalidArticleException(415,
                    "contentType must be text/plain or text/html, got: " + submission.contentType());
        }
        return type;
    }

    /**
     * Repairs the characters and finds the main text; the page furniture is dropped from it next, then the paragraphs
     * are tidied.
     */
    private static List<TextBlock> mainText(String body, String contentType, String url) {
        String repaired = TextRepair.repair(body);
        return contentType.equals("text/html") ? HtmlMainText.extract(repaired, url) : TextBlock.ofPlainText(repaired);
    }

    private static String firstLine(String body) {
        int end = body.indexOf('\n');
        String line = end < 0 ? body : body.substring(0, end);
        return line.length() > 160 ? line.substring(0, 160) : line;
    }
}
