package io.factstream.query.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.FactCheckRating;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import java.time.Instant;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimReviewMarkupTest {
    private static final Set<VerdictLabel> RATED = EnumSet.of(VerdictLabel.VERIFIED_BY_REFERENCE,
            VerdictLabel.CORROBORATED, VerdictLabel.SINGLE_SOURCE, VerdictLabel.DISPUTED, VerdictLabel.CONTRADICTED);
    private static final Map<VerdictLabel, String> NAMES = Map.of(
            VerdictLabel.VERIFIED_BY_REFERENCE, "Verified by reference",
            VerdictLabel.CORROBORATED, "Corroborated",
            VerdictLabel.SINGLE_SOURCE, "Single source",
            VerdictLabel.DISPUTED, "Disputed",
            VerdictLabel.CONTRADICTED, "Contradicted",
            VerdictLabel.INSUFFICIENT_EVIDENCE, "Insufficient evidence",
            VerdictLabel.PENDING, "Pending",
            VerdictLabel.NOT_CHECKED, "Not checked");

    @ParameterizedTest
    @EnumSource(VerdictLabel.class)
    void everyLabelHasTheFieldsGoogleRequiresAndNumbersOnlyWhereItRates(VerdictLabel label) {
        ObjectNode review = ClaimReviewMarkup.of(Claims.claim(), Claims.article(), Claims.verdict(label, false),
                Claims.SETTINGS);

        assertEquals("https://schema.org", review.path("@context").asText());
        assertEquals("ClaimReview", review.path("@type").asText());
        assertEquals("https://factstream.example/articles/article-1/report#claim-claim-1", review.path("url").asText());
        assertEquals(Claims.claim().text(), review.path("claimReviewed").asText());
        assertEquals("2026-03-03", review.path("datePublished").asText());
        JsonNode rating = review.path("reviewRating");
        assertEquals("Rating", rating.path("@type").asText());
        assertEquals(NAMES.get(label), rating.path("alternateName").asText());
        for (String numeric : new String[] {"ratingValue", "bestRating", "worstRating"}) {
            assertEquals(RATED.contains(label), rating.has(numeric), numeric + " of " + label);
        }
        if (RATED.contains(label)) {
            int value = rating.path("ratingValue").asInt();
            assertTrue(value >= 1 && value <= 5);
            assertEquals(5, rating.path("bestRating").asInt());
            assertEquals(1, rating.path("worstRating").asInt());
        }
    }

    @Test
    void theScaleRunsFromContradictedToVerifiedByReference() {
        VerdictLabel[] worstToBest = {VerdictLabel.CONTRADICTED, VerdictLabel.DISPUTED, VerdictLabel.SINGLE_SOURCE,
                VerdictLabel.CORROBORATED, VerdictLabel.VERIFIED_BY_REFERENCE};
        for (int i = 0; i < worstToBest.length; i++) {
            assertEquals(i + 1, ClaimRating.of(worstToBest[i]).value());
        }
    }

    @Test
    void aVerdictRestingOnAPublishedFactCheckCitesItInIsBasedOn() {
        Evidence factCheck = new Evidence(EvidenceKind.FACT_CHECK, Stance.REFUTES,
                "https://checkers.factstream.example/bridge", "Corran Fact Check", "Corran Fact Check",
                "The council spent 12 million dollars on a bridge.", 0.9, Instant.parse("2026-02-01T00:00:00Z"),
                StanceBasis.RULE, "the same claim", new FactCheckRating("Pants on Fire",
                        FactCheckRating.NormalisedRating.FALSE, null));
        Verdict contradicted = Claims.verdict(VerdictLabel.CONTRADICTED, false);
        Verdict verdict = new Verdict(contradicted.schemaVersion(), contradicted.claimId(), contradicted.articleId(),
                contradicted.claimText(), contradicted.label(), contradicted.explanation(), contradicted.revision(),
                contradicted.previousLabel(), false, contradicted.decidedAt(), List.of(factCheck),
                contradicted.automaticLabel(), null, null);

        JsonNode cited = ClaimReviewMarkup.of(Claims.claim(), Claims.article(), verdict, Claims.SETTINGS)
                .path("isBasedOn").path(0);
        assertEquals("ClaimReview", cited.path("@type").asText());
        assertEquals("https://checkers.factstream.example/bridge", cited.path("url").asText());
        assertEquals("Corran Fact Check", cited.path("author").path("name").asText());
        assertEquals("Pants on Fire", cited.path("reviewRating").path("alternateName").asText());
        assertEquals("2026-02-01", cited.path("datePublished").asText());
        assertFalse(ClaimReviewMarkup.of(Claims.claim(), Claims.article(), contradicted, Claims.SETTINGS)
                .has("isBasedOn"), "only a verdict with fact-checks cites one");
    }

    @Test
    void aClaimNotJudgedYetIsPendingWithoutNumbersOrDate() {
        ObjectNode review = ClaimReviewMarkup.of(Claims.claim(), Claims.article(), null, Claims.SETTINGS);

        JsonNode rating = review.path("reviewRating");
        assertEquals("Pending", rating.path("alternateName").asText());
        assertFalse(rating.has("ratingValue"));
        assertFalse(review.has("datePublished"));
    }

    @Test
    void anEditorialVerdictIsRatedLikeAnyOtherAndNamesTheNewsroomAndItsEditor() {
        ObjectNode editorial = ClaimReviewMarkup.of(Claims.claim(), Claims.article(),
                Claims.verdict(VerdictLabel.CONTRADICTED, true), Claims.SETTINGS);

        assertEquals("Contradicted", editorial.at("/reviewRating/alternateName").asText());
        assertEquals(1, editorial.at("/reviewRating/ratingValue").asInt());
        assertEquals("Organization Factstream", editorial.at("/author/0/@type").asText() + " "
                + editorial.at("/author/0/name").asText());
        assertEquals("Person editor@planet.example", editorial.at("/author/1/@type").asText() + " "
                + editorial.at("/author/1/name").asText());
    }

    @Test
    void theReviewedClaimAppearsInItsArticleAndIsTheSpeakers() {
        ObjectNode review = ClaimReviewMarkup.of(Claims.claim(), Claims.article(),
                Claims.verdict(VerdictLabel.CORROBORATED, false), Claims.SETTINGS);

        assertEquals("Factstream", review.at("/author/name").asText());
        assertEquals("Organization", review.at("/author/@type").asText());
        JsonNode claim = review.path("itemReviewed");
        assertEquals("Claim", claim.path("@type").asText());
        assertEquals("Person", claim.at("/author/@type").asText());
        assertEquals("Jane Minister", claim.at("/author/name").asText());
        assertEquals("2026-03-02", claim.path("datePublished").asText());
        JsonNode appearance = claim.path("appearance");
        assertEquals("https://planet.example/news/jobs", appearance.path("url").asText());
        assertEquals("Jobless rate falls", appearance.path("headline").asText());
        assertEquals("2026-03-02T08:30:00Z", appearance.path("datePublished").asText());
        assertEquals("Daily Planet", appearance.at("/publisher/name").asText());
    }

    @Test
    void aClaimNoOneIsQuotedForIsTheOutletsAndAnUnindexedArticleLeavesOutWhatOnlyItKnows() {
        ObjectNode review = ClaimReviewMarkup.of(Claims.claim("Prices rose.", null), null, null, Claims.SETTINGS);

        assertEquals("Organization", review.at("/itemReviewed/author/@type").asText());
        assertEquals("Daily Planet", review.at("/itemReviewed/author/name").asText());
        JsonNode appearance = review.at("/itemReviewed/appearance");
        assertFalse(appearance.has("url"));
        assertFalse(appearance.has("headline"));
        assertEquals("Daily Planet", appearance.at("/publisher/name").asText());
    }

    @Test
    void markupInAClaimStaysText() throws Exception {
        String text = "He wrote </script><script>alert(\"x\")</script> on the site.";
        ObjectNode review = ClaimReviewMarkup.of(Claims.claim(text, null), Claims.article(), null, Claims.SETTINGS);

        ObjectMapper mapper = new ObjectMapper();
        assertEquals(text, mapper.readTree(mapper.writeValueAsString(review)).path("claimReviewed").asText());
    }
}
