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
 * Each article is about a place of its own, with statistics and a named person to check.
 */
final class ArticleLoad implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OUTLETS = List.of("harbor-daily.example", "coastline-courier.example",
            "ridge-gazette.example");
    /** Title and body templates, each with claims: %1$s the place, %2$d a number, %3$s a person's name. */
    private static final List<String[]> SUBJECTS = List.of(
            new String[] {"%1$s opens new ferry terminal", "%1$s opened its new ferry terminal on Tuesday, the port"
                    + " authority said.\n\nThe terminal cost %2$d million euros, according to the regional council."
                    + "\n\nMayor %3$s said the ferries would carry 2,400 passengers a day by next summer."},
            new String[] {"Wind farm approved off %1$s", "Regulators approved a wind farm of %2$d turbines off the coast"
                    + " of %1$s on Thursday.\n\nThe operator expects the farm to power 90,000 homes from 2029."
                    + "\n\nFisherman %3$s said the crews had not been consulted."},
            new String[] {"Fire closes %1$s bakery", "A fire destroyed the oldest bakery of %1$s overnight. The fire"
                    + " caused damage of %2$d,000 euros, the fire brigade said on Sunday.\n\nOwner %3$s said the"
                    + " shop would reopen in the spring."},
            new String[] {"%1$s school doubles its intake", "The secondary school of %1$s will admit %2$d more pupils"
                    + " from September, the education board announced on Monday.\n\nThe board spent 3 million euros"
                    + " on six new classrooms.\n\nHead teacher %3$s called the expansion overdue."},
            new String[] {"Flooding cuts off %1$s", "Floods cut off %1$s for two days last week after %2$d millimetres"
                    + " of rain fell in one night, the weather service said.\n\nThe army evacuated 140 residents by"
                    + " boat.\n\nFarmer %3$s lost most of her harvest."},
            new String[] {"%1$s museum reopens", "The city museum of %1$s reopened on Saturday after %2$d months of"
                    + " renovation.\n\nVisitor numbers had fallen by half in the year before it closed, the curator"
                    + " said.\n\nCurator %3$s expects 50,000 visitors this year."});

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
        close();
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

    /**
     * An article about a place of its own, on one of several unrelated subjects, so that articles rarely bear on
     * each other's claims: the load stays close to what each fault costs, not to how far re-checks fan out.
     */
    private static String nextArticle() throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String place = PipelineApi.uniqueName();
        String person = PipelineApi.uniqueName();
        String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
        int number = random.nextInt(12, 90);
        String[] subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
        String body = String.format(subject[1], place, number, person);
        return JSON.writeValueAsString(Map.of("url", "https://" + outlet + "/local/" + UUID.randomUUID(),
                "title", String.format(subject[0], place), "outlet", outlet, "body", body));
    }

}
