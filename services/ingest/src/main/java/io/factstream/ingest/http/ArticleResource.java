package io.factstream.ingest.http;

import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.article.InvalidArticleException;
import io.factstream.ingest.intake.ArticleIntake;
import io.factstream.ingest.ninjs.NinjsItem;
import io.factstream.support.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The newsroom's push API: an article is accepted (202) only once Kafka holds it. */
@Path("/articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    public static final String NINJS = "application/ninjs+json";
    private final ArticleIntake intake;

    public ArticleResource(ArticleIntake intake) {
        this.intake = intake;
    }

    public record Accepted(String id) {
    }

    /** One item of a batch answer: {@code status} 202 with the id, or the item's problem. */
    public record ItemResult(int index, int status, String id, Problem problem) {
    }

    @POST
    public Uni<Response> submit(ArticleSubmission submission) {
        return intake.accept(submission, "http")
                .map(id -> Response.accepted(new Accepted(id)).build());
    }

    /** An IPTC ninjs item, told apart by its media type. */
    @POST
    @Consumes(NINJS)
    public Uni<Response> submitNinjs(NinjsItem item) {
        if (item == null) {
            throw InvalidArticleException.badRequest("the request has no ninjs item");
        }
        return submit(item.toSubmission());
    }

    @POST
    @Path("/batch")
    public Uni<List<ItemResult>> submitBatch(List<ArticleSubmission> submissions) {
        if (submissions == null || submissions.isEmpty()) {
            throw InvalidArticleException.badRequest("the batch must be a non-empty JSON array of articles");
        }
        List<Uni<ItemResult>> items = IntStream.range(0, submissions.size())
                .mapToObj(index -> submitItem(index, submissions.get(index)))
                .toList();
        return Uni.join().all(items).andFailFast();
    }

    private Uni<ItemResult> submitItem(int index, ArticleSubmission submission) {
        Uni<String> accepted;
        try {
            accepted = intake.accept(submission, "http");
        } catch (InvalidArticleException e) {
            return Uni.createFrom().item(new ItemResult(index, e.status(), null, problemOf(e)));
        }
        return accepted
                .map(id -> new ItemResult(index, 202, id, null))
                .onFailure().recoverWithItem(failure -> new ItemResult(index, 503, null,
                        Problem.of(503, "Service Unavailable", "Kafka did not take the article: " + failure.getMessage())));
    }

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e) {
        return problemOf(e).toResponse();
    }

    private static Problem problemOf(InvalidArticleException e) {
        return Problem.of(e.status(), e.status() == 413 ? "Payload Too Large"
                : e.status() == 415 ? "Unsupported Media Type" : "Invalid article", e.getMessage());
    }
}
