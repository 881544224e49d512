package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpSerializable;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What our kNN and multi-searches over 384-dimensional embeddings need from the Elasticsearch client. */
public final class VectorSearch {
    /**
     * Candidates Elasticsearch examines per shard for each nearest neighbour asked for. Our kNN searches are {@code knn}
     * queries, not a search's top-level {@code knn} section: that one runs in a phase of its own before the query
     * phase, which for our small result sets cost Elasticsearch about as much again (docs/evidence.md, Throughput).
     */
    public static final int CANDIDATES_PER_RESULT = 5;

    private VectorSearch() {
    }

    /**
     * The {@code size} documents whose {@code embedding} is nearest to {@code embedding}, among those {@code filter}
     * matches and, unless {@code minSimilarity} is null, at least that similar. The query vector goes as the base64 of
     * its float32 values ({@link StoredVector#encode}), which Elasticsearch accepts as well as 384 JSON numbers and
     * reads faster: about a fifth less of its CPU for a reverse search, measured (docs/evidence.md, Throughput). The typed
     * {@code knn} query of the client takes numbers only, hence the query written out here.
     */
    public static Query nearest(float[] embedding, int size, Float minSimilarity, Query filter) {
        return Query.of(q -> q._custom("knn", new Base64Knn(embedding, size, minSimilarity, filter)));
    }

    /** A {@code knn} query written straight into the request, its vector as base64. */
    private record Base64Knn(float[] embedding, int size, Float minSimilarity, Query filter)
            implements JsonpSerializable {
        @Override
        public void serialize(JsonGenerator json, JsonpMapper mapper) {
            json.writeStartObject()
                    .write("field", "embedding")
                    .write("query_vector", StoredVector.encode(embedding))
                    .write("k", size)
                    .write("num_candidates", CANDIDATES_PER_RESULT * size);
            if (minSimilarity != null) {
                json.write("similarity", minSimilarity);
            }
            json.writeKey("filter");
            filter.serialize(json, mapper);
            json.writeEnd();
        }
    }

    /**
     * The stance judge needs the hits' vectors. Our indices keep them in {@code _source} as written
     * ({@link StoredVector}); an index created before that leaves them out, and Elasticsearch rebuilds them.
     */
    public static SourceConfig sourceWithVectors() {
        return SourceConfig.of(c -> c.filter(f -> f.excludeVectors(false)));
    }

    /**
     * What one search asks of an index: documents sharing the words of {@code text} (those that also match
     * {@code preferred} queries first) and documents nearest to {@code embedding}, only among those {@code filter}
     * matches.
     */
    public record Ask(String text, List<Query> preferred, float[] embedding, Query filter) {
    }

    /**
     * Two rankings of one index's documents for each ask, all in one request: BM25 over their {@code text} field (at
     * least 30% of the terms of the ask's text) and kNN over their {@code embedding} field, each best first, documents
     * with their vectors. One request per ask cost Elasticsearch more in handling requests than in searching.
     *
     * @return for each ask, in their order, its BM25 ranking and then its kNN ranking
     */
    public static <T> List<List<List<T>>> byWordsAndByMeaning(ElasticsearchClient client, String index,
            List<Ask> asks, int size, Class<T> type) throws IOException {
        return byWordsAndByMeaning(client, index, "text", asks, size, type);
    }

    /** As {@link #byWordsAndByMeaning(ElasticsearchClient, String, List, int, Class)}, by words of {@code textField}. */
    public static <T> List<List<List<T>>> byWordsAndByMeaning(ElasticsearchClient client, String index,
            String textField, List<Ask> asks, int size, Class<T> type) throws IOException {
        if (asks.isEmpty()) {
            return List.of();
        }
        MsearchResponse<T> response = client.msearch(request -> {
            for (Ask ask : asks) {
                request.searches(search -> search.header(h -> h.index(index)).body(body -> body.size(size)
                                .source(sourceWithVectors()).query(q -> q.bool(b -> b
                                        .must(m -> m.match(t -> t.field(textField).query(ask.text())
                                                .minimumShouldMatch("30%")))
                                        .should(ask.preferred())
                                        .filter(ask.filter())))))
                        .searches(search -> search.header(h -> h.index(index)).body(body -> body.size(size)
                                .source(sourceWithVectors()).query(nearest(ask.embedding(), size, null, ask.filter()))));
            }
            return request;
        }, type);
        List<List<T>> results = results(response);
        List<List<List<T>>> byAsk = new ArrayList<>();
        for (int i = 0; i < asks.size(); i++) {
            byAsk.add(List.of(results.get(2 * i), results.get(2 * i + 1)));
        }
        return byAsk;
    }

    /**
     * The documents each search of a multi-search found, in the order of the searches. A failed search fails them
     * all, with its own status, so that one Elasticsearch could not serve yet (503 while shards start) is told apart
     * from a bad request.
     */
    public static <T> List<List<T>> results(MsearchResponse<T> response) {
        List<List<T>> results = new ArrayList<>();
        for (MultiSearchResponseItem<T> item : response.responses()) {
            if (item.isFailure()) {
                throw new ElasticsearchException("msearch", item.failure());
            }
            results.add(item.result().hits().hits().stream().map(Hit::source).toList());
        }
        return results;
    }
}
