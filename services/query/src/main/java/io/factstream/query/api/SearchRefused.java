package io.factstream.query.api;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.factstream.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A search Elasticsearch refuses as malformed (its 400) is the request's fault: the parameters let through something
 * the index cannot take. It answers 400 rather than 500, and is logged, since the parameter checks
 * ({@link QueryParameters}) should have caught it. Any other refusal (overloaded, failing) answers 503.
 */
public class SearchRefused {
    private static final Logger LOG = Logger.getLogger(SearchRefused.class);

    @ServerExceptionMapper
    public Response refused(ElasticsearchException e) {
        if (e.status() != Response.Status.BAD_REQUEST.getStatusCode()) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "the results store failed; try again shortly")
                    .toResponse();
        }
        LOG.warnf("a request reached Elasticsearch with parameters it refused: %s", e.getMessage());
        return Problem.of(Response.Status.BAD_REQUEST, "the search cannot run with these parameters: "
                + e.error().reason()).toResponse();
    }
}
