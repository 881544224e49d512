package io.factstream.query.claimreview;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.query.indexing.ClaimDocument;
import io.factstream.query.report.ResultReader;
import io.factstream.support.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("/claims")
@Blocking
public class ClaimReviewResource {
    public static final String JSON_LD = "application/ld+json";
    private final ResultReader results;
    private final ClaimReviewSettings settings;
    private final ObjectMapper mapper;

    public ClaimReviewResource(ResultReader results,
            @ConfigProperty(name = "factstream.claimreview.publisher") String publisher,
            @ConfigProperty(name = "factstream.public-url") String publicUrl, ObjectMapper mapper) {
        this.results = results;
        this.settings = new ClaimReviewSettings(publisher, publicUrl);
        this.mapper = mapper;
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces(JSON_LD)
    public Response claimReview(@PathParam("id") String id) throws IOException {
        Optional<ClaimDocument> claim = results.claim(id);
        if (claim.isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, "no claim " + id + " is known yet").toResponse();
        }
        var markup = ClaimReviewMarkup.of(claim.get(), results.article(claim.get().articleId()).orElse(null),
                results.newestVerdict(id).orElse(null), settings);
        // Written out here, so that no message body writer has to know the JSON-LD media type.
        return Response.ok(mapper.writeValueAsString(markup), JSON_LD).build();
    }
}
