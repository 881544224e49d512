package io.factstream.query.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.ClaimDocument;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds the schema.org ClaimReview (JSON-LD) of one claim; docs/claimreview.md lists the fields. */
public final class ClaimReviewMarkup {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimReviewMarkup() {
    }

    /**
     * @param article the claim's article, or {@code null} while it is not indexed yet
     * @param verdict the claim's newest verdict, or {@code null} before the first one (rated Pending)
     */
    public static ObjectNode of(ClaimDocument claim, ArticleIngested article, Verdict verdict,
            ClaimReviewSettings settings) {
        ObjectNode review = JSON.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", reviewUrl(claim, settings));
        review.put("claimReviewed", claim.text());
        if (verdict != null && verdict.decidedAt() != null) {
            review.put("datePublished", isoDate(verdict.decidedAt()));
        }
        review.set("author", author(verdict, settings));
        review.set("reviewRating", rating(verdict));
        review.set("itemReviewed", reviewedClaim(claim, article));
        if (verdict != null && verdict.evidence() != null) {
            ArrayNode factChecks = JSON.arrayNode();
            verdict.evidence().stream().filter(item -> item.kind() == EvidenceKind.FACT_CHECK)
                    .forEach(item -> factChecks.add(citedFactCheck(item)));
            if (!factChecks.isEmpty()) {
                review.set("isBasedOn", factChecks);
            }
        }
        return review;
    }

    /** A fact-checker's review of the same claim that the verdict rests on, as they published it. */
    private static ObjectNode citedFactCheck(Evidence factCheck) {
        ObjectNode node = typed("ClaimReview");
        putIfKnown(node, "url", factCheck.url());
        node.put("claimReviewed", factCheck.snippet());
        node.set("author", organization(factCheck.outlet()));
        if (factCheck.publishedAt() != null) {
            node.put("datePublished", isoDate(factCheck.publishedAt()));
        }
        if (factCheck.factCheck() != null) {
            ObjectNode rating = typed("Rating");
            rating.put("alternateName", factCheck.factCheck().published());
            node.set("reviewRating", rating);
        }
        return node;
    }

    /** The claim's place in its article report, which is where Factstream shows the review. */
    public static String reviewUrl(ClaimDocument claim, ClaimReviewSettings settings) {
        return settings.publicUrl() + "/articles/" + claim.articleId() + "/report#claim-" + claim.claimId();
    }

    /** The newsroom; for an editor's label, the newsroom and the editor who set it, as signed in. */
    private static JsonNode author(Verdict verdict, ClaimReviewSettings settings) {
        ObjectNode newsroom = organization(settings.publisher());
        if (verdict == null || !verdict.editorial() || verdict.editor() == null) {
            return newsroom;
        }
        return JSON.arrayNode().add(newsroom).add(named("Person", verdict.editor()));
    }

    private static ObjectNode rating(Verdict verdict) {
        ClaimRating rating = ClaimRating.of(verdict == null ? VerdictLabel.PENDING : verdict.label());
        ObjectNode node = typed("Rating");
        node.put("alternateName", rating.alternateName());
        if (rating.numeric()) {
            node.put("ratingValue", rating.value());
            node.put("bestRating", ClaimRating.BEST);
            node.put("worstRating", ClaimRating.WORST);
        }
        if (verdict != null && verdict.explanation() != null) {
            node.put("ratingExplanation", verdict.explanation());
        }
        return node;
    }

    private static ObjectNode reviewedClaim(ClaimDocument claim, ArticleIngested article) {
        ObjectNode node = typed("Claim");
        String outlet = article != null && article.outlet() != null ? article.outlet() : claim.outlet();
        Instant published = article != null && article.publishedAt() != null ? article.publishedAt()
                : claim.publishedAt();
        // A claim no one is quoted for is the outlet's own assertion.
        if (claim.speaker() != null && !claim.speaker().isBlank()) {
            node.set("author", named("Person", claim.speaker()));
        } else if (outlet != null) {
            node.set("author", organization(outlet));
        }
        if (published != null) {
            node.put("datePublished", isoDate(published));
        }
        node.set("appearance", appearance(article, outlet, published));
        return node;
    }

    private static ObjectNode appearance(ArticleIngested article, String outlet, Instant published) {
        ObjectNode node = typed("NewsArticle");
        if (article != null) {
            putIfKnown(node, "url", article.url());
            putIfKnown(node, "headline", article.title());
        }
        if (published != null) {
            node.put("datePublished", published.toString());
        }
        if (outlet != null) {
            node.set("publisher", organization(outlet));
        }
        return node;
    }

    private static ObjectNode organization(String name) {
        return named("Organization", name);
    }

    private static ObjectNode named(String type, String name) {
        ObjectNode node = typed(type);
        node.put("name", name);
        return node;
    }

    private static ObjectNode typed(String type) {
        ObjectNode node = JSON.objectNode();
        node.put("@type", type);
        return node;
    }

    private static void putIfKnown(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String isoDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
