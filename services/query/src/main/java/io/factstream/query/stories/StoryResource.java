package io.factstream.query.stories;

import io.factstream.contracts.StoryArticle;
import io.factstream.contracts.StoryUpdate;
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
 * {@code GET /stories?q=&since=&gap=&page=&size=}: the latest stories, newest change first, those with a coverage gap
 * alone when {@code gap=true}, those whose titles or articles' titles hold all the words of {@code q} best match
 * first. {@code GET /stories/{id}}: a story's articles (outlet, leaning, title, link), its
 * coverage spectrum, common ground and summary. {@code GET /stories/{id}/timeline}: its articles and label changes,
 * newest first.
 */
@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StoryResource {
    private static final int PERMANENT_REDIRECT = 308;
    /** A story's timeline keeps its newest entries: hundreds of claims change labels in a story that runs for days. */
    static final int TIMELINE_ENTRIES = 200;
    private final ResultReader results;
    private final StoryListing listing;

    public StoryResource(ResultReader results, StoryListing listing) {
        this.results = results;
        this.listing = listing;
    }

    @GET
    public Response latest(@QueryParam("q") String words, @QueryParam("since") String since, @QueryParam("gap") String gap,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Instant sinceInstant = QueryParameters.date("since", since, problems);
        boolean gapOnly = QueryParameters.flag("gap", gap, false, problems);
        QueryParameters.page(page, size, StoryListing.MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, String.join("; ", problems)).toResponse();
        }
        return Response.ok(listing.find(words, sinceInstant, gapOnly, page, size)).build();
    }

    /** A story merged into another redirects there permanently (308), so links to it keep working. */
    @GET
    @Path("/{id}")
    public Response story(@PathParam("id") String id) throws IOException {
        return known(id, story -> Response.ok(story).build(), "");
    }

    @GET
    @Path("/{id}/timeline")
    public Response timeline(@PathParam("id") String id) throws IOException {
        return known(id, story -> Response.ok(StoryTimeline.of(story, results.labelChanges(story.articles().stream()
                .map(StoryArticle::articleId).toList(), TIMELINE_ENTRIES), TIMELINE_ENTRIES)).build(), "/timeline");
    }

    private interface StoryAnswer {
        Response answer(StoryUpdate story) throws IOException;
    }

    private Response known(String id, StoryAnswer answer, String subresource) throws IOException {
        StoryUpdate story = results.story(id).orElse(null);
        if (story == null) {
            return Problem.of(Response.Status.NOT_FOUND, "no story " + id + " is known").toResponse();
        }
        if (story.mergedInto() != null) {
            return Response.status(PERMANENT_REDIRECT)
                    .location(URI.create("/stories/" + story.mergedInto() + subresource)).entity(story).build();
        }
        return answer.answer(story);
    }
}
