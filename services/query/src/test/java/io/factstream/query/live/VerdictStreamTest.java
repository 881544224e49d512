package io.factstream.query.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.VerdictLabel;
import io.factstream.query.ResultTopics;
import io.factstream.query.report.ResultReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Server-Sent Events stream of verdict revisions: live, and resumed from Last-Event-ID. */
@QuarkusTest
class VerdictStreamTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TestHTTPResource("/verdicts/stream")
    URL stream;
    @Inject
    ResultTopics topics;
    @Inject
    ResultReader results;

    @Test
    void aReconnectingClientGetsWhatItMissedThenWhatArrivesLive() throws Exception {
        Instant disconnected = Instant.now().minusSeconds(1);
        String missed = topics.claim("harbor-daily.example", "The ferry added twelve crossings.", "politics",
                Instant.now());
        topics.verdict(missed, 1, VerdictLabel.SINGLE_SOURCE);
        awaitSearchable(missed, disconnected);

        HttpRequest request = HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Last-Event-ID", Long.toString(disconnected.toEpochMilli())).build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertTrue(readUntil(events, missed), "the verdict decided while disconnected was sent");
            String live = topics.claim("ridge-gazette.example", "The ferry dropped two crossings.", "politics",
                    Instant.now());
            topics.verdict(live, 1, VerdictLabel.CONTRADICTED);
            assertTrue(readUntil(events, live), "the verdict decided while connected was sent");
        }
    }

    @Test
    void aNewClientCanAskForTheVerdictsDecidedLast() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String claim = topics.claim("harbor-daily.example", "The harbour fee rose by 4%.", "economy", Instant.now());
        topics.verdict(claim, 1, VerdictLabel.PENDING);
        awaitSearchable(claim, before);

        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stream + "?recent=5")).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertTrue(readUntil(events, claim), "the latest verdict was sent first");
        }
    }

    /** Reads events until one about {@code claimId} (id and data lines included), or the timeout passes. */
    private static boolean readUntil(BufferedReader events, String claimId) throws Exception {
        CompletableFuture<Boolean> found = CompletableFuture.supplyAsync(() -> {
            try {
                String previousId = null;
                for (String line; (line = events.readLine()) != null; ) {
                    if (line.startsWith("id:")) {
                        previousId = line.substring(3).strip();
                    } else if (line.startsWith("data:") && line.contains(claimId)) {
                        return previousId != null && previousId.matches("\\d+");
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return found.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Searchable, not only stored: a reconnecting client's missed verdicts are found by a search. */
    private void awaitSearchable(String claimId, Instant since) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (results.verdictsSince(since, 1_000).stream().noneMatch(verdict -> verdict.claimId().equals(claimId))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the verdict of " + claimId + " was not indexed in time");
            }
            Thread.sleep(200);
        }
    }
}
