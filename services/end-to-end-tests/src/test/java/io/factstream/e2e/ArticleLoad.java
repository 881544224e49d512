package io.factstream.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Articles pushed to ingest at a steady pace in the background, as a newsroom's CMS would push them: a push that
 * fails (ingest down, Kafka unavailable) is tried again until ingest accepts it, and only accepted articles count.
 * Each article is about a place of its own, with a statistic and an attributed quote to check.
 */
final class ArticleLoad implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OUTLETS = List.of("harbor-daily.example", "coastline-courier.example",
            "ridge-gazette.example");

    private final PipelineApi api;
    private final Duration pace;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread pusher;
    private volatile boolean stopped;
    private volatile String refusal;

    ArticleLoad(PipelineApi api, Duration pace) {
        this.api = api;
        this.pace = pace;
        this.pusher = Thread.ofPlatform().name("article-load").start(this::pushUntilStopped);
    }

    /** Waits until ingest has accepted {@code count} more articles than now. */
    void awaitMoreAccepted(int count, Duration timeout) throws InterruptedException {
        int target = accepted.size() + count;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (accepted.size() < target) {
            if (refusal != null || System.nanoTime() > deadline) {
                throw new AssertionError("ingest accepted " + accepted.size() + " of " + target + " articles within "
                        + timeout + (refusal == null ? "" : "; it refused one: " + refusal));
            }
            Thread.sleep(100);
        }
    }

    /** Stops pushing and returns the ids of every accepted article. */
    List<String> stop() throws InterruptedException {
        stopped = true;
        pusher.join();
        if (refusal != null) {
            throw new AssertionError("ingest refused an article: " + refusal);
        }
        return new ArrayList<>(accepted);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        pusher.join();
    }

    private void pushUntilStopped() {
        try {
            while (!stopped && refusal == null) {
                String article = nextArticle();
                while (!stopped && !tryPush(article)) {
                    Thread.sleep(pace.toMillis());
                }
                Thread.sleep(pace.toMillis());
            }
        } catch (InterruptedException | IOException e) {
            refusal = e.toString();
        }
    }

    private boolean tryPush(String article) throws InterruptedException, IOException {
        HttpResponse<String> response;
        try {
            response = api.send("ingest", "POST", "/articles", article);
        } catch (IOException unreachable) {
            return false;
        } catch (Exception e) {
            throw new IOException(e);
        }
        if (response.statusCode() == 202) {
            accepted.add(JSON.readTree(response.body()).get("id").asText());
            return true;
        }
        if (response.statusCode() < 500) {
            refusal = response.statusCode() + " " + response.body();
        }
        return false;
    }

    private static String nextArticle() throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String place = PipelineApi.uniqueName();
        String mayor = PipelineApi.uniqueName();
        String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
        int cost = random.nextInt(12, 90);
        int passengers = random.nextInt(11, 49) * 100;
        String body = place + " opened its new ferry terminal on Tuesday after two years of construction, the port"
                + " authority said.\n\nThe terminal cost " + cost + " million euros, about 12 percent more than planned,"
                + " according to the regional council.\n\nMayor Ana " + mayor + " said the ferries would carry "
                + passengers + " passengers a day by next summer.\n\nShop owners near the harbour had complained about"
                + " the building work for months.";
        return JSON.writeValueAsString(Map.of("url", "https://" + outlet + "/local/" + UUID.randomUUID(),
                "title", place + " opens new ferry terminal", "outlet", outlet, "body", body));
    }
}
