package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Creates a service's indices at start-up from the settings and mappings it ships as JSON resources. */
public final class Indices {
    private Indices() {
    }

    /** Creates {@code index} from the classpath resource {@code definition} unless it exists already. */
    public static void ensure(ElasticsearchClient client, String index, String definition) {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                return;
            }
            try (InputStream json = Indices.class.getClassLoader().getResourceAsStream(definition)) {
                if (json == null) {
                    throw new IllegalStateException("index definition " + definition + " is not on the classpath");
                }
                client.indices().create(c -> c.index(index).withJson(json));
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create index " + index, e);
        }
    }
}
