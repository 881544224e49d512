package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Creates a service's indices at start-up from the settings and mappings it ships as JSON resources. */
public final class Indices {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Indices() {
    }

    /**
     * Creates {@code index} from the classpath resource {@code definition}; when it exists already, adds the
     * fields the definition has gained since (a newer release's mapping). A field whose type changed cannot be
     * added: that fails with Elasticsearch's reason, and the index needs a reindex.
     */
    public static void ensure(ElasticsearchClient client, String index, String definition) {
        try {
            byte[] json = read(definition);
            if (client.indices().exists(e -> e.index(index)).value()) {
                addNewFields(client, index, json);
                return;
            }
            client.indices().create(c -> c.index(index).withJson(new ByteArrayInputStream(json)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create index " + index, e);
        }
    }

    private static void addNewFields(ElasticsearchClient client, String index, byte[] definition) throws IOException {
        JsonNode mappings = JSON.readTree(definition).path("mappings");
        if (mappings.isMissingNode()) {
            return;
        }
        byte[] mappingsJson = JSON.writeValueAsBytes(mappings);
        client.indices().putMapping(p -> p.index(index).withJson(new ByteArrayInputStream(mappingsJson)));
    }

    /** The bytes of an index definition on the class path (mapping and settings, JSON). */
    public static byte[] read(String definition) throws IOException {
        try (InputStream json = Indices.class.getClassLoader().getResourceAsStream(definition)) {
            if (json == null) {
                throw new IllegalStateException("index definition " + definition + " is not on the classpath");
            }
            return json.readAllBytes();
        }
    }
}
