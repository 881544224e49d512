package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import java.util.ArrayList;
import java.util.List;

/** What every kNN search over our 384-dimensional embeddings needs from the Elasticsearch client. */
public final class VectorSearch {
    /** Candidates Elasticsearch examines per shard for each nearest neighbour asked for. */
    public static final int CANDIDATES_PER_RESULT = 5;

    private VectorSearch() {
    }

    public static List<Float> queryVector(float[] embedding) {
        List<Float> vector = new ArrayList<>(embedding.length);
        for (float value : embedding) {
            vector.add(value);
        }
        return vector;
    }

    /** Elasticsearch leaves dense vectors out of {@code _source} by default; the stance judge needs them. */
    public static SourceConfig sourceWithVectors() {
        return SourceConfig.of(c -> c.filter(f -> f.excludeVectors(false)));
    }
}
