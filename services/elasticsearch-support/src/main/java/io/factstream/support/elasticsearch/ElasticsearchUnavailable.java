package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.factstream.support.resilience.TransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.http.ConnectionClosedException;
import org.apache.http.NoHttpResponseException;
import org.elasticsearch.client.ResponseException;

/**
 * Elasticsearch answering that it cannot serve now (too many requests, no shard available while it starts, a
 * gateway in between timing out), to a whole request or to items of a bulk request, or closing the connection
 * mid-request because it is stopping. A 4xx other than 429 is about the request and stays a failure.
 */
@ApplicationScoped
public class ElasticsearchUnavailable implements TransientFailure {
    private static final Set<Integer> UNAVAILABLE = Set.of(429, 502, 503, 504);

    @Override
    public boolean isTransient(Throwable failure) {
        return failure instanceof ElasticsearchException elasticsearch && isUnavailableStatus(elasticsearch.status())
                || failure instanceof ResponseException response
                && isUnavailableStatus(response.getResponse().getStatusLine().getStatusCode())
                || failure instanceof BulkRejected bulk && bulk.onlyUnavailable()
                || failure instanceof ConnectionClosedException
                || failure instanceof NoHttpResponseException;
    }

    static boolean isUnavailableStatus(int status) {
        return UNAVAILABLE.contains(status);
    }
}
