package io.factstream.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The test stack's Elasticsearch documents of some articles, read directly rather than through a service. */
final class IndexedDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int MAX_DOCUMENTS = 10_000;

    private final String elasticsearch;

    IndexedDocuments(LocalServices services) {
        this.elasticsearch = "http://localhost:" + services.port("elasticsearch");
    }

    /**
     * How many documents of {@code index} share each value of the {@code key} fields, for the documents of the
     * given articles; every write made so far is searchable first.
     */
    Map<List<String>, Integer> countsByKey(String index, Collection<String> articleIds, List<String> key)
            throws Exception {
        call("POST", "/" + index + "/_refresh", null);
        JsonNode response = call("POST", "/" + index + "/_search", JSON.writeValueAsString(Map.of(
                "size", MAX_DOCUMENTS, "_source", key,
                "query", Map.of("terms", Map.of("articleId", articleIds)))));
        Map<List<String>, Integer> counts = new HashMap<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            List<String> values = new ArrayList<>();
            key.forEach(field -> values.add(hit.path("_source").path(field).asText()));
            counts.merge(values, 1, Integer::sum);
        }
        return counts;
    }

    private JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(elasticsearch + path))
                .header("Content-Type", "application/json").method(method, publisher).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
