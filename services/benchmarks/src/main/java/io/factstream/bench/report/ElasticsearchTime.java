package io.factstream.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where Elasticsearch spent its time during a run, per index and kind of work (searching, indexing, refreshing,
 * merging, flushing, getting by id), from the differences of its index statistics at the start and at the end. The times are Elasticsearch's
 * own accounting of each operation, summed over threads: comparable with each other, not CPU time.
 */
public final class ElasticsearchTime {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A kind of work: where {@code _stats} keeps its milliseconds and its number of operations. */
    private record Kind(String name, List<String> millis, String operations) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("search", List.of("/search/query_time_in_millis", "/search/fetch_time_in_millis"),
                    "/search/query_total"),
            new Kind("indexing", List.of("/indexing/index_time_in_millis"), "/indexing/index_total"),
            new Kind("refresh", List.of("/refresh/total_time_in_millis"), "/refresh/total"),
            new Kind("merge", List.of("/merges/total_time_in_millis"), "/merges/total"),
            new Kind("flush", List.of("/flush/total_time_in_millis"), "/flush/total"),
            new Kind("get", List.of("/get/time_in_millis"), "/get/total"));

    private final String elasticsearch;
    private final Map<String, Long> atStart;

    private ElasticsearchTime(String elasticsearch) throws Exception {
        this.elasticsearch = elasticsearch;
        this.atStart = read();
    }

    /** Starts counting now. */
    public static ElasticsearchTime from(String elasticsearch) throws Exception {
        return new ElasticsearchTime(elasticsearch);
    }

    /**
     * Milliseconds per "index kind" since the start, largest first, and how many times each counted operation
     * (searches, refreshes) ran where Elasticsearch counts them.
     */
    public String summarySinceStart(int largest) throws Exception {
        List<Spent> spent = sinceStart();
        return spent.subList(0, Math.min(largest, spent.size())).stream()
                .map(entry -> String.format(Locale.ROOT, "%s %,.1f s%s", entry.key(), entry.millis() / 1000.0,
                        entry.operations() > 0 ? String.format(Locale.ROOT, " (%,d ops)", entry.operations()) : ""))
                .collect(Collectors.joining("; "));
    }

    /** The same, every "index kind" that took time, in milliseconds and operations per unit of work done. */
    public String perUnitSinceStart(int units) throws Exception {
        double per = Math.max(1, units);
        return sinceStart().stream()
                .map(entry -> String.format(Locale.ROOT, "%s %,.1f (%,.1f)", entry.key(), entry.millis() / per,
                        entry.operations() / per))
                .collect(Collectors.joining("; "));
    }

    private record Spent(String key, long millis, long operations) {
    }

    private List<Spent> sinceStart() throws Exception {
        Map<String, Long> now = read();
        List<Spent> spent = new ArrayList<>();
        now.forEach((key, value) -> {
            long difference = value - atStart.getOrDefault(key, 0L);
            if (difference > 0 && !key.endsWith(" count")) {
                String operations = key + " count";
                spent.add(new Spent(key, difference,
                        now.getOrDefault(operations, 0L) - atStart.getOrDefault(operations, 0L)));
            }
        });
        spent.sort(Comparator.comparingLong(Spent::millis).reversed());
        return spent;
    }

    private Map<String, Long> read() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                elasticsearch + "/_stats/search,indexing,refresh,merge,flush,get?level=indices")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode indices = JSON.readTree(response.body()).path("indices");
        Map<String, Long> values = new HashMap<>();
        indices.properties().forEach(index -> KINDS.forEach(kind -> {
            JsonNode total = index.getValue().path("total");
            String key = index.getKey() + " " + kind.name();
            kind.millis().forEach(path -> values.merge(key, total.at(path).asLong(), Long::sum));
            values.put(key + " count", total.at(kind.operations()).asLong());
        }));
        return values;
    }
}
