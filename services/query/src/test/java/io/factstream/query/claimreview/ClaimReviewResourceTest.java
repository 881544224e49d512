package io.factstream.query.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.ClaimDocument;
import io.factstream.query.report.ResultReader;
import io.factstream.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimReviewResourceTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ClaimReviewResource resource = new ClaimReviewResource(new OneClaim(), "Factstream",
            "https://factstream.example", mapper);

    @Test
    void aKnownClaimIsAnsweredAsJsonLd() throws Exception {
        Response response = resource.claimReview("claim-1");

        assertEquals(200, response.getStatus());
        assertEquals(ClaimReviewResource.JSON_LD, response.getMediaType().toString());
        var review = mapper.readTree((String) response.getEntity());
        assertEquals("Single source", review.at("/reviewRating/alternateName").asText());
        assertEquals("https://planet.example/news/jobs", review.at("/itemReviewed/appearance/url").asText());
    }

    @Test
    void anUnknownClaimIsAProblem() throws Exception {
        Response response = resource.claimReview("no-such-claim");

        assertEquals(404, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertTrue(((Problem) response.getEntity()).detail().contains("no-such-claim"));
    }

    /** The indexed results of one claim, its article and its verdict. */
    private static final class OneClaim extends ResultReader {
        OneClaim() {
            super(null);
        }

        @Override
        public Optional<ClaimDocument> claim(String claimId) {
            return Optional.of(Claims.claim()).filter(claim -> claim.claimId().equals(claimId));
        }

        @Override
        public Optional<ArticleIngested> article(String articleId) {
            return Optional.of(Claims.article()).filter(article -> article.articleId().equals(articleId));
        }

        @Override
        public Optional<Verdict> newestVerdict(String claimId) {
            return Optional.of(Claims.verdict(VerdictLabel.SINGLE_SOURCE, false));
        }
    }
}
