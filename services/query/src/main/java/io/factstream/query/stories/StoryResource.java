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
import java.net.URI;

/** {@code GET /stories/{id}}: a story's articles (outlet, leaning, title, link) and its coverage spectrum. */
@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StoryResource {
    private static final int PERMANENT_REDIRECT = 308;
    private final ResultReader results;

    public StoryResource(ResultReader results) {
        this.results = results;
    }

    /** A story merged into another redirects there permanently (308), so links to it keep working. */
    @GET
    @Path("/{id}")
    public Response story(@PathParam("id") String id) throws IOException {
        return results.story(id)
                .map(story -> story.mergedInto() == null ? Response.ok(story).build()
                        : Response.status(PERMANENT_REDIRECT).location(URI.create("/stories/" + story.mergedInto()))
                                .entity(story).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "no story " + id + " is known").toResponse());
    }
}
