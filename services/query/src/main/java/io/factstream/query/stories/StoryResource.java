package io.factstream.query.stories;

import io.factstream.query.api.QueryParameters;
import io.factstream.query.report.ResultReader;
import io.factstream.support.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /stories?since=&gap=&page=&size=}: the latest stories, newest change first, those with a coverage gap
 * alone when {@code gap=true}. {@code GET /stories/{id}}: a story's articles (outlet, leaning, title, link), its
 * coverage spectrum, common ground and summary.
 */
@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StoryResource {
    private static final int PERMANENT_REDIRECT = 308;
    private final ResultReader results;
    private final StoryListing listing;

    public StoryResource(ResultReader results, StoryListing listing) {
        this.results = results;
        this.listing = listing;
    }

    @GET
    public Response latest(@QueryParam("since") String since, @QueryParam("gap") String gap,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Instant sinceInstant = QueryParameters.date("since", since, problems);
        boolean gapOnly = QueryParameters.flag("gap", gap, false, problems);
        QueryParameters.page(page, size, StoryListing.MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, String.join("; ", problems)).toResponse();
        }
        return Response.ok(listing.latest(sinceInstant, gapOnly, page, size)).build();
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
