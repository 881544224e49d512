package io.factstream.query.report;

import io.factstream.support.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ReportResource {
    private final ResultReader results;

    public ReportResource(ResultReader results) {
        this.results = results;
    }

    @GET
    @Path("/{id}/report")
    public Response report(@PathParam("id") String id) throws IOException {
        return results.report(id)
                .map(report -> Response.ok(report).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "no article " + id + " is known yet")
                        .toResponse());
    }
}
