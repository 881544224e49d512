package io.factstream.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Concurrent clients, each posting one article per request to ingest's push API, until the articles or
 * the time run out.
 */
final class HttpAcceptBenchmark {
    static final int CLIENTS = 32;
    private static final int NOT_SENT = 0;
    private static final int NO_ANSWER = -1;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI articles;

    HttpAcceptBenchmark(URI articles) {
        this.articles = articles;
    }

    /**
     * @param statuses          how many requests got each status ("no answer" for a failed connection or a timeout)
     * @param sortedLatencyNanos the latency of every request sent, ascending
     */
    record Result(List<Integer> acceptedIndexes, double seconds, SortedMap<String, Integer> statuses,
            long[] sortedLatencyNanos) {
        int accepted() {
            return acceptedIndexes.size();
        }

        double acceptedPerSecond() {
            return accepted() / seconds;
        }
    }

    /** Posts each JSON body once, from {@value #CLIENTS} clients; no new request starts after {@code maxTime}. */
    Result run(List<byte[]> bodies, Duration maxTime) {
        int[] statuses = new int[bodies.size()];
        long[] latencies = new long[bodies.size()];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int client = 0; client < CLIENTS; client++) {
                clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size() && System.nanoTime() < deadline;
                            i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        statuses[i] = post(bodies.get(i));
                        latencies[i] = System.nanoTime() - sent;
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (int status : statuses) {
            if (status != NOT_SENT) {
                counts.merge(status == NO_ANSWER ? "no answer" : String.valueOf(status), 1, Integer::sum);
            }
        }
        long[] sent = Arrays.stream(latencies).filter(latency -> latency > 0).sorted().toArray();
        List<Integer> accepted = IntStream.range(0, statuses.length).filter(i -> statuses[i] == 202).boxed().toList();
        return new Result(accepted, seconds, counts, sent);
    }

    private int post(byte[] json) {
        HttpRequest request = HttpRequest.newBuilder(articles)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }
}
