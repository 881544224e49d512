package io.factstream.ingest.auth;

import io.factstream.support.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Newsrooms authenticate with an API key, sent as {@code X-API-Key} or {@code Authorization: Bearer}.
 * Without configured keys ({@code factstream.ingest.api-keys}) the API is open, as on a laptop demo.
 */
public class ApiKeyFilter {
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);
    private static final String BEARER = "Bearer ";

    private final Set<String> keys;

    public ApiKeyFilter(@ConfigProperty(name = "factstream.ingest.api-keys") Optional<List<String>> keys) {
        this.keys = Set.copyOf(keys.orElse(List.of()));
        if (this.keys.isEmpty()) {
            LOG.warn("factstream.ingest.api-keys is not set: anyone who reaches the ingest API can submit articles");
        }
    }

    @ServerRequestFilter
    public Optional<Response> requireApiKey(ContainerRequestContext request) {
        if (keys.isEmpty() || !request.getUriInfo().getPath().startsWith("/articles")) {
            return Optional.empty();
        }
        String key = presentedKey(request);
        if (key == null) {
            Response unauthorized = Problem.of(Response.Status.UNAUTHORIZED,
                    "send your newsroom's API key in the X-API-Key header").toResponse();
            return Optional.of(Response.fromResponse(unauthorized)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
        if (!keys.contains(key)) {
            return Optional.of(Problem.of(Response.Status.FORBIDDEN, "this API key is not allowed to submit articles")
                    .toResponse());
        }
        return Optional.empty();
    }

    private static String presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith(BEARER)) {
            return authorization.substring(BEARER.length()).strip();
        }
        return null;
    }
}
