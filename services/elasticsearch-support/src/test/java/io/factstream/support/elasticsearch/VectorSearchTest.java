package io.factstream.support.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class VectorSearchTest {
    private static final Query OTHER_OUTLETS = Query.of(q -> q.bool(b -> b
            .mustNot(n -> n.term(t -> t.field("outlet").value("Harbour Post")))));

    private static JsonNode sent(Query query) throws Exception {
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(query, new JacksonJsonpMapper()));
    }

    @Test
    void theQueryVectorGoesAsBase64AndTheRestAsAKnnQuery() throws Exception {
        float[] embedding = {0.5f, -0.25f, 0.125f};

        JsonNode knn = sent(VectorSearch.nearest(embedding, 3, 0.5f, OTHER_OUTLETS)).get("knn");

        assertEquals("embedding", knn.get("field").asText());
        assertArrayEquals(embedding, StoredVector.decode(knn.get("query_vector").asText()));
        assertEquals(3, knn.get("k").asInt());
        assertEquals(3 * VectorSearch.CANDIDATES_PER_RESULT, knn.get("num_candidates").asInt());
        assertEquals(0.5, knn.get("similarity").asDouble());
        assertEquals("Harbour Post",
                knn.at("/filter/bool/must_not/0/term/outlet/value").asText());
    }

    @Test
    void withoutAMinimumSimilarityNoneIsSent() throws Exception {
        JsonNode knn = sent(VectorSearch.nearest(new float[] {1f}, 10, null, OTHER_OUTLETS)).get("knn");

        assertFalse(knn.has("similarity"));
        assertEquals(50, knn.get("num_candidates").asInt());
    }
}
