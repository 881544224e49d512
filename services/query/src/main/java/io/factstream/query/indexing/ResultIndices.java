package io.factstream.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Prepares every result index at start-up, before the Kafka consumers start (SmallRye Reactive Messaging starts
 * them at priority {@code LIBRARY_BEFORE}): nothing is written to an index Elasticsearch would create with guessed
 * types, a fresh deployment answers 404 rather than 500, and a mapping change's copy is not raced by consumers
 * whose records would wait past their acknowledgement deadline.
 */
@ApplicationScoped
public class ResultIndices {
    private final ElasticsearchClient client;

    public ResultIndices(ElasticsearchClient client) {
        this.client = client;
    }

    void prepare(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE - 1) StartupEvent start) {
        for (ResultIndex index : ResultIndex.values()) {
            VersionedIndex.ensure(client, index.indexName(), index.definition());
        }
    }
}
