package io.factstream.query.stories;

import io.factstream.query.report.ResultReader;
import io.factstream.support.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/** {@code GET /stories/{id}}: a story's articles (outlet, leaning, title, link) and its coverage spectrum. */
@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StoryResource {
    private final ResultReader results;

    public StoryResource(ResultReader results) {
        this.results = results;
    }

    @GET
    @Path("/{id}")
    public Response story(@PathParam("id") String id) throws IOException {
        return results.story(id)
                .map(story -> Response.ok(story).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "no story " + id + " is known").toResponse());
    }
}
