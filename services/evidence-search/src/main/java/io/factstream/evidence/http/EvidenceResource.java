package io.factstream.evidence.http;

import io.factstream.contracts.Evidence;
import io.factstream.evidence.query.ClaimContext;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Exclusion;
import io.factstream.evidence.search.EvidenceSearch;
import io.factstream.stance.StanceResult;
import io.factstream.support.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Stance and search as the pipeline computes them, without publishing anything (DESIGN.md §8). */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class EvidenceResource {
    private final EvidenceSearch search;

    public EvidenceResource(EvidenceSearch search) {
        this.search = search;
    }

    public record StanceRequest(String claim, String evidence) {
    }

    /**
     * @param names       optional: the people, organisations and places the claim names
     * @param publishedAt optional: when the claim was published
     */
    public record SearchRequest(String claim, String outlet, String originId, List<String> names, Instant publishedAt) {
        ClaimContext context() {
            return ClaimContext.alone(names, publishedAt);
        }
    }

    public record SearchResponse(List<Evidence> evidence) {
    }

    @POST
    @Path("/stance")
    public Response stance(StanceRequest request) {
        if (request == null || isBlank(request.claim()) || isBlank(request.evidence())) {
            return Problem.of(Response.Status.BAD_REQUEST, "claim and evidence are required").toResponse();
        }
        StanceResult result = search.stance(request.claim(), request.evidence());
        return Response.ok(result).build();
    }

    @POST
    @Path("/search")
    public Response search(SearchRequest request) throws IOException {
        if (request == null || isBlank(request.claim())) {
            return Problem.of(Response.Status.BAD_REQUEST, "claim is required").toResponse();
        }
        return Response.ok(new SearchResponse(search.find(List.of(
                new ClaimQuery(request.claim(), null, request.context(),
                        new Exclusion(null, request.outlet(), request.originId())))).get(0))).build();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
