package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.elasticsearch.client.RestClient;

/**
 * The typed Elasticsearch client over the low-level client that Quarkus configures
 * ({@code quarkus.elasticsearch.hosts}), sharing the application's ObjectMapper so that
 * event records and documents serialise the same way everywhere.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    @Produces
    @Singleton
    ElasticsearchClient elasticsearchClient(RestClient restClient, ObjectMapper objectMapper) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(objectMapper)));
    }
}
