package io.factstream.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Elasticsearch spent its time during a run, per index and kind of work (searching, indexing, refreshing,
 * merging), from the differences of its index statistics at the start and at the end. The times are Elasticsearch's
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
            new Kind("merge", List.of("/merges/total_time_in_millis"), "/merges/total"));

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
        Map<String, Long> now = read();
        List<Map.Entry<String, Long>> spent = new ArrayList<>();
        now.forEach((key, value) -> {
            long difference = value - atStart.getOrDefault(key, 0L);
            if (difference > 0 && !key.endsWith(" count")) {
                spent.add(Map.entry(key, difference));
            }
        });
        spent.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> entry : spent.subList(0, Math.min(largest, spent.size()))) {
            String operations = entry.getKey() + " count";
            long count = now.getOrDefault(operations, 0L) - atStart.getOrDefault(operations, 0L);
            parts.add(String.format(Locale.ROOT, "%s %,.1f s%s", entry.getKey(), entry.getValue() / 1000.0,
                    count > 0 ? String.format(Locale.ROOT, " (%,d ops)", count) : ""));
        }
        return String.join("; ", parts);
    }

    private Map<String, Long> read() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                elasticsearch + "/_stats/search,indexing,refresh,merge?level=indices")).build(),
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
