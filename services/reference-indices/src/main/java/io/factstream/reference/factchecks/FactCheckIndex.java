package io.factstream.reference.factchecks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.support.elasticsearch.Indices;

/**
 * The fact-checks index: published fact-checks (ClaimReview) that {@code make import-factchecks} writes and evidence
 * search matches claims against. Both ensure it from the same mapping ({@value #DEFINITION}).
 */
public final class FactCheckIndex {
    public static final String NAME = "factstream-fact-checks";
    public static final String DEFINITION = "elasticsearch/fact-checks.json";
    /** The field of the claim reviewed, searched by words. */
    public static final String CLAIM_FIELD = "claim_reviewed";
    public static final String IMPORTED_AT_FIELD = "imported_at";

    private FactCheckIndex() {
    }

    /** Creates the index {@code name} with the fact-checks mapping unless it exists already. */
    public static void ensure(ElasticsearchClient client, String name) {
        Indices.ensure(client, name, DEFINITION);
    }
}
