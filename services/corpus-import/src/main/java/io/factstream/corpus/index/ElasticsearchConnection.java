package io.factstream.corpus.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.Consumer;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** An import's client of Elasticsearch, checked reachable and with its index ensured before the first batch. */
public final class ElasticsearchConnection implements Closeable {
    private final RestClient restClient;
    private final ElasticsearchClient client;

    private ElasticsearchConnection(RestClient restClient) {
        this.restClient = restClient;
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    /** @param ensureIndex creates the import's index with its mapping unless it exists */
    public static ElasticsearchConnection open(URI elasticsearch, Consumer<ElasticsearchClient> ensureIndex)
            throws IOException {
        ElasticsearchConnection connection = new ElasticsearchConnection(
                RestClient.builder(HttpHost.create(elasticsearch.toString())).build());
        try {
            // Our minimal Elasticsearch distribution answers GET / with 405, so health is the reachability probe.
            connection.client.cluster().health();
            ensureIndex.accept(connection.client);
        } catch (IOException | UncheckedIOException e) {
            connection.close();
            throw new IOException("cannot reach Elasticsearch at " + elasticsearch + ": " + e.getMessage(), e);
        }
        return connection;
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** Makes everything written to {@code index} so far searchable. */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    @Override
    public void close() throws IOException {
        restClient.close();
    }
}
