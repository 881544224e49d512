package io.factstream.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.support.resilience.Backoff;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final String FERRY = "https://harbor-daily.example/ferry-line-resumes";
    private static final String PIER = "https://harbor-daily.example/pier-vote-delayed";
    private static final String WATER = "https://river-gazette.example/water-levels-fall";
    private static final String LIBRARY = "https://river-gazette.example/library-hours";
    private static final String ETAG = "\"harbor-v1\"";
    private static final String LAST_MODIFIED = "Mon, 23 Nov 2026 08:30:00 GMT";

    private final FeedServer server = new FeedServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final RecordingSubmitter submitter = new RecordingSubmitter();
    private final LogCapture log = new LogCapture(FeedPoller.class);

    FeedPollerTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
        log.close();
    }

    @Test
    void submitsTheUsableItemsOfEveryFeed() {
        server.serve("/rss", FeedFixtures.RSS);
        server.serve("/atom", FeedFixtures.ATOM);

        poller("/rss", "/atom").pollDueFeeds();

        assertEquals(List.of(FERRY, PIER, WATER, LIBRARY), submitter.submittedUrls());
    }

    @Test
    void unchangedFeedIsNotDownloadedOrSubmittedAgain() {
        server.serveConditionally("/rss", FeedFixtures.RSS, ETAG, LAST_MODIFIED);
        FeedPoller poller = poller("/rss");

        poller.pollDueFeeds();
        clock.advance(INTERVAL);
        poller.pollDueFeeds();

        List<FeedServer.Request> requests = server.requests("/rss");
        assertEquals(2, requests.size());
        assertEquals(ETAG, requests.get(1).header("If-None-Match"));
        assertEquals(LAST_MODIFIED, requests.get(1).header("If-Modified-Since"));
        assertEquals(List.of(FERRY, PIER), submitter.submittedUrls());
    }

    @Test
    void itemsAcceptedBeforeAreNotSubmittedAgain() {
        server.serve("/rss", FeedFixtures.RSS);
        FeedPoller poller = poller("/rss");

        poller.pollDueFeeds();
        clock.advance(INTERVAL);
        poller.pollDueFeeds();

        assertEquals(2, server.requests("/rss").size());
        assertEquals(List.of(FERRY, PIER), submitter.submittedUrls());
    }

    @Test
    void feedIsPolledOncePerInterval() {
        server.serve("/rss", FeedFixtures.RSS);
        FeedPoller poller = poller("/rss");

        poller.pollDueFeeds();
        clock.advance(INTERVAL.minusSeconds(1));
        poller.pollDueFeeds();
        assertEquals(1, server.requests("/rss").size());

        clock.advance(Duration.ofSeconds(1));
        poller.pollDueFeeds();
        assertEquals(2, server.requests("/rss").size());
    }

    @Test
    void failingFeedBacksOffExponentiallyAndResetsAfterASuccess() {
        AtomicInteger answers = new AtomicInteger();
        server.route("/rss", request -> answers.incrementAndGet() <= 3
                ? FeedServer.Answer.status(500)
                : new FeedServer.Answer(200, Map.of(), FeedFixtures.bytes(FeedFixtures.RSS)));
        FeedPoller poller = poller("/rss");

        poller.pollDueFeeds();
        assertEquals(List.of(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                INTERVAL, INTERVAL), delaysBetweenPolls(poller, 5));
        assertEquals(List.of(FERRY, PIER), submitter.submittedUrls());
        assertTrue(log.warnings().getFirst().contains("HTTP 500"), log.warnings().getFirst());
    }

    @Test
    void itemThatFailsTransientlyIsRetriedAtTheNextPoll() {
        server.serveConditionally("/rss", FeedFixtures.RSS, ETAG, LAST_MODIFIED);
        submitter.failOnce(FERRY, new IllegalStateException("Kafka is unavailable"));
        FeedPoller poller = poller("/rss");

        poller.pollDueFeeds();
        assertEquals(List.of(FERRY), submitter.submittedUrls());

        clock.advance(INTERVAL);
        poller.pollDueFeeds();
        assertNull(server.requests("/rss").get(1).header("If-None-Match"), "validators kept despite a failed item");
        assertEquals(List.of(FERRY, FERRY, PIER), submitter.submittedUrls());

        clock.advance(INTERVAL);
        poller.pollDueFeeds();
        assertEquals(ETAG, server.requests("/rss").get(2).header("If-None-Match"));
        assertEquals(List.of(FERRY, FERRY, PIER), submitter.submittedUrls());
    }

    @Test
    void invalidItemIsSkippedWithItsReason() {
        server.serve("/rss", FeedFixtures.RSS);
        submitter.rejectAsInvalid(FERRY, "body has no text");
        FeedPoller poller = poller("/rss");

        poller.pollDueFeeds();
        clock.advance(INTERVAL);
        poller.pollDueFeeds();

        assertEquals(List.of(FERRY, PIER), submitter.submittedUrls());
        assertTrue(log.warnings().stream().anyMatch(warning -> warning.contains("harbor-daily-1001")
                && warning.contains("body has no text")), log.warnings().toString());
    }

    @Test
    void unusableItemIsWarnedAboutOnce() {
        server.serve("/rss", FeedFixtures.RSS);
        FeedPoller poller = poller("/rss");

        poller.pollDueFeeds();
        clock.advance(INTERVAL);
        poller.pollDueFeeds();

        List<String> warnings = log.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().contains(server.url("/rss") + ": item harbor-daily-1003")
                && warnings.getFirst().contains("it has no link"), warnings.getFirst());
    }

    @Test
    void brokenFeedDoesNotHoldUpAnother() {
        server.route("/broken", request -> FeedServer.Answer.status(503));
        server.serve("/atom", FeedFixtures.ATOM);
        FeedPoller poller = poller("/broken", "/atom");

        poller.pollDueFeeds();
        clock.advance(INTERVAL);
        poller.pollDueFeeds();

        assertEquals(1, server.requests("/broken").size());
        assertEquals(2, server.requests("/atom").size());
        assertEquals(List.of(WATER, LIBRARY), submitter.submittedUrls());
    }

    @Test
    void feedBeingPolledIsNotPolledTwice() {
        server.serve("/rss", FeedFixtures.RSS);
        List<Runnable> queued = new ArrayList<>();
        FeedPoller poller = new FeedPoller(List.of(server.url("/rss")), new FeedReader(Duration.ofSeconds(5)),
                submitter, new Backoff(INTERVAL, Duration.ofHours(1)), clock, queued::add);

        poller.pollDueFeeds();
        poller.pollDueFeeds();

        assertEquals(1, queued.size());
    }

    @Test
    void feedUrlMustBeHttp() {
        assertThrows(IllegalArgumentException.class, () -> new FeedPoller(List.of(URI.create("file:///etc/feed.xml")),
                new FeedReader(Duration.ofSeconds(5)), submitter, new Backoff(INTERVAL, INTERVAL), clock,
                Runnable::run));
    }

    private FeedPoller poller(String... paths) {
        List<URI> urls = Arrays.stream(paths).map(server::url).toList();
        Executor inline = Runnable::run;
        return new FeedPoller(urls, new FeedReader(Duration.ofSeconds(5)), submitter,
                new Backoff(INTERVAL, Duration.ofHours(1)), clock, inline);
    }

    /** Moves the clock a second at a time and tells how long each wait for the next request was. */
    private List<Duration> delaysBetweenPolls(FeedPoller poller, int polls) {
        List<Duration> delays = new ArrayList<>();
        Duration waited = Duration.ZERO;
        int requests = server.requests("/rss").size();
        while (delays.size() < polls) {
            clock.advance(Duration.ofSeconds(1));
            waited = waited.plusSeconds(1);
            poller.pollDueFeeds();
            if (server.requests("/rss").size() > requests) {
                requests = server.requests("/rss").size();
                delays.add(waited);
                waited = Duration.ZERO;
            }
        }
        return delays;
    }
}
