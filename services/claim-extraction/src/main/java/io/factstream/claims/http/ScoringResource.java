package io.factstream.claims.http;

import io.factstream.claims.extraction.ClaimExtractor;
import io.factstream.claims.scoring.Checkworthiness;
import io.factstream.claims.scoring.CheckworthinessScorer;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.Ids;
import io.factstream.support.problem.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Scoring API in the manner of ClaimBuster's, and extraction without publishing (DESIGN.md §8). */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScoringResource {
    private final CheckworthinessScorer scorer;
    private final ClaimExtractor extractor;

    public ScoringResource(CheckworthinessScorer scorer, ClaimExtractor extractor) {
        this.scorer = scorer;
        this.extractor = extractor;
    }

    public record SentencesRequest(List<String> sentences) {
    }

    public record ScoresResponse(List<Checkworthiness> results) {
    }

    public record ArticleRequest(String url, String title, String body, String outlet) {
    }

    @POST
    @Path("/checkworthiness")
    public Response checkworthiness(SentencesRequest request) {
        if (request == null || request.sentences() == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "sentences is required: a JSON array of strings").toResponse();
        }
        return Response.ok(new ScoresResponse(scorer.scoreAll(request.sentences()))).build();
    }

    @POST
    @Path("/extract")
    public Response extract(ArticleRequest request) {
        if (request == null || request.body() == null || request.body().isBlank()) {
            return Problem.of(Response.Status.BAD_REQUEST, "body is required").toResponse();
        }
        String url = request.url() == null ? "about:blank" : request.url();
        String id = Ids.articleId(url);
        ArticleIngested article = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, 1, url, request.title(),
                request.body(), request.outlet(), Instant.now(), Instant.now(), "http", id, "und", null, null);
        ArticleClaims claims = extractor.extract(article);
        return Response.ok(claims).build();
    }
}
