package io.factstream.evidence.passages;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.factstream.support.elasticsearch.Indices;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;

/** The Elasticsearch index of every article's passages. */
@ApplicationScoped
public class PassageIndex {
    static final String INDEX = "factstream-passages";
    private final ElasticsearchClient client;

    public PassageIndex(ElasticsearchClient client) {
        this.client = client;
    }

    void createIndex(@Observes StartupEvent start) {
        Indices.ensure(client, INDEX, "elasticsearch/passages.json");
    }

    /** Indexes the passages. */
    public void index(List<Passage> passages) throws IOException {
        if (passages.isEmpty()) {
            return;
        }
        // No forced refresh: passages become searchable within the refresh interval (1 s); a claim searched
        // before that finds them when new coverage makes it worth searching again.
        BulkResponse response = client.bulk(bulk -> {
            passages.forEach(passage -> bulk.operations(op -> op.index(i -> i.index(INDEX)
                    .id(passage.passageId()).document(passage))));
            return bulk;
        });
        if (response.errors()) {
            throw new IOException("Elasticsearch rejected passages: " + response.items().stream()
                    .filter(item -> item.error() != null).map(item -> item.error().reason()).findFirst().orElse(""));
        }
    }

    /** Passages that share words with {@code text}, best first, leaving out one outlet and one origin. */
    public List<Hit<Passage>> search(String text, String excludedOutlet, String excludedOrigin, int size)
            throws IOException {
        return client.search(s -> s.index(INDEX).size(size).query(q -> q.bool(b -> b
                        .must(m -> m.match(t -> t.field("text").query(text).minimumShouldMatch("30%")))
                        .mustNot(n -> n.term(t -> t.field("outlet").value(FieldValue.of(excludedOutlet))))
                        .mustNot(n -> n.term(t -> t.field("originId").value(FieldValue.of(excludedOrigin)))))),
                Passage.class).hits().hits();
    }
}
