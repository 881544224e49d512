package io.factstream.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.factstream.contracts.Ids;
import io.factstream.contracts.RawSubmission;
import io.factstream.ingest.cleaning.BoilerplateFilter;
import io.factstream.ingest.cleaning.LanguageIdentifier;
import io.factstream.ingest.cleaning.OutletLineHistory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    private final ArticleNormalizer normalizer = new ArticleNormalizer(1_000,
            new BoilerplateFilter(new OutletLineHistory(10, 10, 3)), LANGUAGES);

    /** Accepted and cleaned, as articles.raw's consumer cleans what the door accepted at {@code NOW}. */
    private CleanArticle cleaned(ArticleSubmission submission) {
        return normalizer.clean(normalizer.accept(submission, "http", NOW));
    }

    private CleanArticle normalize(String url, String body, String contentType, String publishedAt) {
        return cleaned(new ArticleSubmission(url, "Ferry line resumes", body, null, publishedAt,
                contentType));
    }

    @Test
    void trackingParametersDoNotChangeTheArticleId() {
        CleanArticle plain = normalize("https://www.harbor-daily.example/ferry?page=2", "Text.", null, null);
        CleanArticle tracked = normalize("HTTPS://www.Harbor-Daily.example:443/ferry?utm_source=x&page=2&fbclid=y",
                "Text.", null, null);
        assertEquals("https://www.harbor-daily.example/ferry?page=2", tracked.url());
        assertEquals(plain.url(), tracked.url());
    }

    @Test
    void outletDefaultsToTheDomainWithoutWww() {
        assertEquals("harbor-daily.example", normalize("https://www.harbor-daily.example/a", "Text.", null, null).outlet());
    }

    @Test
    void htmlBecomesParagraphsWithoutMarkupOrScripts() {
        String html = "<html><body><nav>Home | World</nav><h1>Ferry line resumes</h1>"
                + "<p>The ferry carried <b>300</b> passengers.</p><script>track()</script>"
                + "<div><p>It sails twice a day.</p></div></body></html>";
        String body = normalize("https://a.example/x", html, "text/html", null).body();
        assertEquals("Ferry line resumes\n\nThe ferry carried 300 passengers.\n\nIt sails twice a day.", body);
    }

    @Test
    void plainTextKeepsParagraphsAndDropsNullBytes() {
        String body = normalize("https://a.example/x", "First  line.\r\n\r\n\r\n\r\nSecond\u0000 line.", null, null).body();
        assertEquals("First line.\n\nSecond line.", body);
    }

    @Test
    void publishedAtAcceptsIsoDateTimesAndDates() {
        assertEquals(Instant.parse("2026-11-20T08:30:00Z"),
                normalize("https://a.example/x", "Text.", null, "2026-11-20T09:30:00+01:00").publishedAt());
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"),
                normalize("https://a.example/x", "Text.", null, "2026-11-20").publishedAt());
        assertEquals(NOW, normalize("https://a.example/x", "Text.", null, null).publishedAt());
    }

    @Test
    void publishedAtAcceptsFeedAndWrittenOutDates() {
        assertEquals(Instant.parse("2026-11-20T08:30:00Z"),
                normalize("https://a.example/x", "Text.", null, "Fri, 20 Nov 2026 09:30:00 +0100").publishedAt());
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"),
                normalize("https://a.example/x", "Text.", null, "November 20, 2026").publishedAt());
    }

    @Test
    void bodyIsRepairedAndCleanedOfBoilerplate() {
        String body = "The ferry\u00e2\u20ac\u2122s crews returned to work on Monday after the strike ended.\n\n"
                + "Already a subscriber? Log in\n\n"
                + "Sailings run every two hours from 6am until 10pm \u00e2\u20ac\u201c as they did before.";
        assertEquals("The ferry’s crews returned to work on Monday after the strike ended.\n\n"
                + "Sailings run every two hours from 6am until 10pm – as they did before.",
                normalize("https://a.example/x", body, null, null).body());
    }

    @Test
    void htmlBoilerplateIsRemovedAndTheHeadlineBecomesTheTitle() {
        String html = "<html><body><h1>Ferry line resumes</h1>"
                + "<p>The ferry carried 300 passengers on its first day back, the operator said.</p>"
                + "<p>It looks like you're using an ad blocker.</p>"
                + "<h3>You may also like</h3><ul><li><a href='/t'>Harbour tunnel opens next spring</a></li></ul>"
                + "</body></html>";
        CleanArticle article = cleaned(new ArticleSubmission("https://a.example/x", null, html, null, null,
                "text/html"));
        assertEquals("The ferry carried 300 passengers on its first day back, the operator said.", article.body());
        assertEquals("Ferry line resumes", article.title(), "submitted without a title");
    }

    @Test
    void languageIsDetectedFromTheBody() {
        assertEquals("de", normalize("https://a.example/x", "Die Fähre zur Insel fährt seit Montag wieder nach dem "
                + "vollen Fahrplan, zwei Wochen nach dem Beginn des Streiks.", null, null).language());
        assertEquals("und", normalize("https://a.example/x", "Text.", null, null).language());
    }

    @Test
    void titleIsRepairedToo() {
        CleanArticle article = cleaned(new ArticleSubmission("https://a.example/x",
                " Caf\u00c3\u00a9 reopens \n by the pier ", "Text.", null, null, null));
        assertEquals("Café reopens by the pier", article.title());
    }

    @Test
    void invalidSubmissionsAreRejectedWithTheirStatus() {
        assertEquals(400, statusOf(() -> normalize(null, "Text.", null, null)));
        assertEquals(400, statusOf(() -> normalize("https://a.example/x", "  ", null, null)));
        assertEquals(400, statusOf(() -> normalize("ftp://a.example/x", "Text.", null, null)));
        assertEquals(400, statusOf(() -> normalize("not a url", "Text.", null, null)));
        assertEquals(400, statusOf(() -> normalize("https://a.example/x", "Text.", null, "last tuesday")));
        assertEquals(415, statusOf(() -> normalize("https://a.example/x", "Text.", "application/pdf", null)));
        assertEquals(413, statusOf(() -> normalize("https://a.example/x", "x".repeat(1_001), null, null)));
    }

    @Test
    void titleFallsBackToTheFirstLine() {
        CleanArticle article = cleaned(new ArticleSubmission("https://a.example/x", null,
                "Bridge closes for repairs\n\nThe bridge closes on Monday.", null, null, null));
        assertEquals("Bridge closes for repairs", article.title());
        assertFalse(article.body().isEmpty());
    }

    private static int statusOf(Runnable normalization) {
        return assertThrows(InvalidArticleException.class, normalization::run).status();
    }

    @Test
    void anAcceptedSubmissionHasTheIdOfItsCanonicalUrlAndIsCleanedUnderThatId() {
        RawSubmission accepted = normalizer.accept(new ArticleSubmission(
                "HTTPS://www.Harbor-Daily.example/ferry?utm_source=x", null, "Text.", null, null, null), "feed", NOW);
        assertEquals(Ids.articleId("https://www.harbor-daily.example/ferry"), accepted.articleId());
        assertEquals("feed", accepted.source());
        assertEquals("HTTPS://www.Harbor-Daily.example/ferry?utm_source=x", accepted.url(), "kept as it arrived");
        assertEquals(accepted.articleId(), normalizer.clean(accepted).articleId());
    }
}
