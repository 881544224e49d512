package io.factstream.ingest.article;

import io.factstream.contracts.Ids;
import io.factstream.contracts.RawSubmission;
import io.factstream.ingest.cleaning.BoilerplateFilter;
import io.factstream.ingest.cleaning.HtmlMainText;
import io.factstream.ingest.cleaning.LanguageIdentifier;
import io.factstream.ingest.cleaning.PageContent;
import io.factstream.ingest.cleaning.ParagraphText;
import io.factstream.ingest.cleaning.PublishedTime;
import io.factstream.ingest.cleaning.TextBlock;
import io.factstream.ingest.cleaning.TextRepair;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The two steps of a submission: {@link #accept} checks it at the door, once, and gives it its id; {@link #clean}
 * turns the accepted submission into the article that the pipeline processes. An accepted submission is never
 * checked again, so what was accepted is processed even after the rules change.
 */
public class ArticleNormalizer {
    private static final String HTML = "text/html";
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
     * @param source     how it arrived: {@code http}, {@code cms} or {@code feed}
     * @param receivedAt when it arrived
     * @return the submission as accepted, with the id its canonical URL gives: what {@code articles.raw} carries
     * @throws InvalidArticleException when the submission can never become an article
     */
    public RawSubmission accept(ArticleSubmission submission, String source, Instant receivedAt) {
        if (submission == null) {
            throw InvalidArticleException.badRequest("the request has no article");
        }
        require(submission.url(), "url");
        require(submission.body(), "body");
        if (submission.body().length() > maxBodyChars) {
            throw new InvalidArticleException(413, "body has " + submission.body().length()
                    + " characters, more than the limit of " + maxBodyChars);
        }
        checkContentType(submission.contentType());
        URI canonical = CanonicalUrl.of(submission.url());
        if (submission.publishedAt() != null && !submission.publishedAt().isBlank()) {
            PublishedTime.parse(submission.publishedAt());
        }
        return new RawSubmission(RawSubmission.SCHEMA_VERSION, Ids.articleId(canonical.toString()), source,
                receivedAt, submission.url(), submission.title(), submission.body(), submission.outlet(),
                submission.publishedAt(), submission.contentType(), submission.byline(), submission.located());
    }

    /**
     * @param accepted a submission as {@link #accept} accepted it; its publication time is when it arrived when it
     *                 has none
     * @throws InvalidArticleException when it has no text once cleaned
     */
    public CleanArticle clean(RawSubmission accepted) {
        URI canonical = CanonicalUrl.of(accepted.url());
        Instant publishedAt = accepted.publishedAt() == null || accepted.publishedAt().isBlank()
                ? accepted.receivedAt() : PublishedTime.parse(accepted.publishedAt());
        String outlet = accepted.outlet() == null || accepted.outlet().isBlank()
                ? CanonicalUrl.outletOf(canonical) : accepted.outlet().strip().toLowerCase(Locale.ROOT);
        List<TextBlock> blocks = mainText(accepted.body(), HTML.equals(normalised(accepted.contentType())),
                canonical.toString());
        PageContent page = boilerplate.keepContent(outlet, canonical.toString(), blocks);
        String body = ParagraphText.of(page.story());
        if (body.isBlank()) {
            throw InvalidArticleException.badRequest("body has no text");
        }
        String title = accepted.title() == null || accepted.title().isBlank()
                ? page.headline().orElseGet(() -> firstLine(body))
                : TextRepair.repair(accepted.title()).replaceAll("\\s+", " ").strip();
        return new CleanArticle(accepted.articleId(), canonical.toString(), title, body, outlet, publishedAt,
                languages.languageOf(body));
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidArticleException.badRequest(field + " is required");
        }
    }

    private static void checkContentType(String contentType) {
        String type = normalised(contentType);
        if (!type.equals("text/plain") && !type.equals(HTML)) {
            throw new InvalidArticleException(415, "contentType must be text/plain or text/html, got: " + contentType);
        }
    }

    private static String normalised(String contentType) {
        return contentType == null ? "text/plain" : contentType.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Repairs the characters and finds the main text; the page furniture is dropped from it next, then the paragraphs
     * are tidied.
     */
    private static List<TextBlock> mainText(String body, boolean html, String url) {
        String repaired = TextRepair.repair(body);
        return html ? HtmlMainText.extract(repaired, url) : TextBlock.ofPlainText(repaired);
    }

    private static String firstLine(String body) {
        int end = body.indexOf('\n');
        String line = end < 0 ? body : body.substring(0, end);
        return line.length() > 160 ? line.substring(0, 160) : line;
    }
}
