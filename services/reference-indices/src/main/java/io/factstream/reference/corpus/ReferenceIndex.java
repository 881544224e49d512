package io.factstream.reference.corpus;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.support.elasticsearch.Indices;

/**
 * The reference corpus index: passages of encyclopedic documents that the corpus import writes and evidence
 * search reads. Both ensure it from the same mapping ({@value #DEFINITION}), so it is written down once.
 */
public final class ReferenceIndex {
    public static final String NAME = "factstream-reference";
    public static final String DEFINITION = "elasticsearch/reference.json";

    private ReferenceIndex() {
    }

    /** Creates the index {@code name} with the reference mapping unless it exists already. */
    public static void ensure(ElasticsearchClient client, String name) {
        Indices.ensure(client, name, DEFINITION);
    }
}
