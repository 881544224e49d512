package io.factstream.query.search;

import io.factstream.contracts.VerdictLabel;
import io.factstream.contracts.StoryArticle;
import io.factstream.contracts.StoryUpdate;
import io.factstream.query.api.QueryParameters;
import io.factstream.query.report.ResultReader;
import io.factstream.support.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /claims?q=&label=&outlet=&topic=&story=&editorial=&from=&to=&sort=&page=&size=}: claims by words and
 * filters, paged.
 * Dates are ISO-8601 instants or days ({@code 2026-11-23} = from the start of that day, UTC). {@code story} keeps the
 * claims of the story's articles, of the story it was merged into if it was.
 */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ClaimSearchResource {
    private final ClaimSearch search;
    private final ResultReader results;

    public ClaimSearchResource(ClaimSearch search, ResultReader results) {
        this.search = search;
        this.results = results;
    }

    @GET
    public Response find(@QueryParam("q") String words, @QueryParam("label") String label,
            @QueryParam("outlet") String outlet, @QueryParam("topic") String topic, @QueryParam("story") String story,
            @QueryParam("editorial") String editorial, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") @DefaultValue("relevance") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size)
            throws IOException {
        List<String> problems = new ArrayList<>();
        VerdictLabel verdictLabel = QueryParameters.enumValue(VerdictLabel.class, "label", label, problems);
        ClaimQuery.Sort order = QueryParameters.enumValue(ClaimQuery.Sort.class, "sort", sort, problems);
        Boolean editorialOnly = QueryParameters.flag("editorial", editorial, null, problems);
        Instant fromInstant = QueryParameters.date("from", from, problems);
        Instant toInstant = QueryParameters.date("to", to, problems);
        QueryParameters.page(page, size, ClaimQuery.MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, String.join("; ", problems)).toResponse();
        }
        List<String> articleIds = null;
        if (blankToNull(story) != null) {
            StoryUpdate found = results.currentStory(story.strip()).orElse(null);
            if (found == null) {
                return Problem.of(Response.Status.NOT_FOUND, "no story " + story.strip() + " is known").toResponse();
            }
            articleIds = found.articles().stream().map(StoryArticle::articleId).toList();
        }
        return Response.ok(search.find(new ClaimQuery(words, verdictLabel, blankToNull(outlet), blankToNull(topic),
                articleIds, editorialOnly, fromInstant, toInstant, order, page, size))).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
