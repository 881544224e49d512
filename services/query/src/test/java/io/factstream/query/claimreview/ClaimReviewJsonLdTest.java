package io.factstream.query.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Expands the markup with a real JSON-LD processor, against a local copy of the schema.org context's essence. */
class ClaimReviewJsonLdTest {
    private static final String SCHEMA = "http://schema.org/";

    @Test
    void aRatedReviewExpandsToSchemaOrgTerms() throws Exception {
        JsonObject review = expand(Claims.verdict(VerdictLabel.CORROBORATED, false));

        assertEquals(SCHEMA + "ClaimReview", review.getJsonArray("@type").getString(0));
        assertEquals(Claims.claim().text(), value(review, "claimReviewed").getString("@value"));
        assertEquals("https://factstream.example/articles/article-1/report#claim-claim-1",
                value(review, "url").getString("@id"));
        assertEquals("2026-03-03", value(review, "datePublished").getString("@value"));
        JsonObject rating = value(review, "reviewRating");
        assertEquals(SCHEMA + "Rating", rating.getJsonArray("@type").getString(0));
        assertEquals("Corroborated", value(rating, "alternateName").getString("@value"));
        assertEquals(4, value(rating, "ratingValue").getInt("@value"));
        assertEquals(5, value(rating, "bestRating").getInt("@value"));
        assertEquals(1, value(rating, "worstRating").getInt("@value"));
        assertEquals("Factstream", value(value(review, "author"), "name").getString("@value"));
        JsonObject claim = value(review, "itemReviewed");
        assertEquals(SCHEMA + "Claim", claim.getJsonArray("@type").getString(0));
        assertEquals("Jane Minister", value(value(claim, "author"), "name").getString("@value"));
        JsonObject appearance = value(claim, "appearance");
        assertEquals(SCHEMA + "NewsArticle", appearance.getJsonArray("@type").getString(0));
        assertEquals("https://planet.example/news/jobs", value(appearance, "url").getString("@id"));
        assertEquals("Daily Planet", value(value(appearance, "publisher"), "name").getString("@value"));
    }

    @Test
    void aPendingReviewExpandsWithOnlyItsTextualRating() throws Exception {
        JsonObject rating = value(expand(null), "reviewRating");

        assertEquals("Pending", value(rating, "alternateName").getString("@value"));
        assertFalse(rating.containsKey(SCHEMA + "ratingValue"));
    }

    private static JsonObject expand(Verdict verdict) throws IOException, JsonLdError {
        String json = new ObjectMapper().writeValueAsString(
                ClaimReviewMarkup.of(Claims.claim(), Claims.article(), verdict, Claims.SETTINGS));
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(json)))
                .loader(new LocalSchemaOrgContext()).get();
        assertEquals(1, expanded.size());
        return expanded.getJsonObject(0);
    }

    private static JsonObject value(JsonObject node, String term) {
        JsonArray values = node.getJsonArray(SCHEMA + term);
        assertTrue(values != null && values.size() == 1, term + " in " + node);
        JsonValue value = values.get(0);
        return value.asJsonObject();
    }

    /** Serves the schema.org context from the test resources and refuses anything else: no network in tests. */
    private static final class LocalSchemaOrgContext implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!url.toString().replaceAll("/$", "").equals("https://schema.org")) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not served in tests: " + url);
            }
            try (InputStream context = getClass().getResourceAsStream("/jsonld/schema-org-context.jsonld")) {
                return JsonDocument.of(context);
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
            }
        }
    }
}
