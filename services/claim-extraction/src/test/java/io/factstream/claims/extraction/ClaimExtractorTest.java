package io.factstream.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.claims.scoring.CheckworthinessScorer;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.EntityKind;
import io.factstream.contracts.EntityMention;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.Ids;
import io.factstream.contracts.PassageVector;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new CheckworthinessScorer(), SentenceEmbedder.shared());

    /** Article "a1", published on Monday 5 January 1970. */
    private static ArticleClaims extract(String body) {
        return extract(body, "en");
    }

    private static ArticleClaims extract(String body, String language) {
        return EXTRACTOR.extract(new ArticleIngested(1, "a1", 1, "https://a.example/x", "Bridge reopens", body,
                "a.example", Instant.parse("1970-01-05T12:00:00Z"), Instant.EPOCH, "http", "a1", language, null,
                null));
    }

    @Test
    void anArticleInALanguageNotCheckedIsNotJudgedWithEnglishModels() {
        String body = "Die Brücke von Westport ist nach 14 Monaten Bauzeit am Montag wieder für den Verkehr geöffnet "
                + "worden. Die Reparaturen kosteten nach Angaben der Stadt 4,2 Millionen Euro. Viele Anwohner kamen "
                + "zur Eröffnung und feierten bis in den späten Abend hinein. „Wir haben jedes der Seile zweimal "
                + "geprüft“, sagte die Bürgermeisterin bei der Feier.";
        ArticleClaims claims = extract(body, "de");

        assertEquals("de", claims.language());
        assertEquals(List.of("Die Brücke von Westport ist nach 14 Monaten Bauzeit am Montag wieder für den Verkehr "
                + "geöffnet worden.", "Die Reparaturen kosteten nach Angaben der Stadt 4,2 Millionen Euro.",
                "„Wir haben jedes der Seile zweimal geprüft“, sagte die Bürgermeisterin bei der Feier."),
                claims.claims().stream().map(ExtractedClaim::text).toList(), "statements with a figure or a quote");
        for (ExtractedClaim claim : claims.claims()) {
            assertEquals(0, claim.checkworthiness());
            assertNull(claim.type());
            assertNull(claim.embedding(), "nothing to search with");
        }
        assertTrue(claims.topics().isEmpty());
        assertTrue(claims.techniques().isEmpty());
        assertTrue(claims.names().isEmpty());
        assertEquals("Not checked: language de is not supported yet.", claims.sections().perspectiveSignals());
        assertTrue(claims.sections().followUps().isEmpty());
        assertFalse(claims.passages().isEmpty(), "story clustering still reads the article");
    }

    @Test
    void claimsAreTheCheckableSentencesWithTheirOffsets() {
        String body = "Bridge reopens\n\nThe Westport bridge reopened on Monday after 14 months of repairs. "
                + "Is it safe? Officials said the repairs cost 4.2 million euros.";
        ArticleClaims claims = extract(body);

        assertEquals(2, claims.claims().size(), claims.toString());
        for (ExtractedClaim claim : claims.claims()) {
            assertEquals(claim.text(), body.substring(claim.start(), claim.end()));
            assertEquals(Ids.claimId("a1", claim.start()), claim.claimId());
        }
        ExtractedClaim reopening = claims.claims().get(0);
        assertEquals("The Westport bridge reopened on Monday after 14 months of repairs.", reopening.text());
        assertEquals(14.0, reopening.numbers().getFirst().value());
        assertEquals("1970-01-05", reopening.dates().getFirst().value(), "the Monday before publication");
        assertEquals(ClaimType.STATISTIC, reopening.type());
        ExtractedClaim cost = claims.claims().get(1);
        assertEquals("Officials", cost.speaker());
    }

    @Test
    void claimsAndPassagesCarryTheEmbeddingsScoringComputed() {
        String body = "Bridge reopens\n\nThe Westport bridge reopened on Monday after 14 months of repairs. "
                + "Is it safe? Officials said the repairs cost 4.2 million euros.";
        ArticleClaims claims = extract(body);

        assertEquals("https://a.example/x", claims.url());
        assertEquals(List.of("The Westport bridge reopened on Monday after 14 months of repairs.",
                "Officials said the repairs cost 4.2 million euros."),
                claims.passages().stream().map(PassageVector::text).toList(), "heading and question too short");
        for (PassageVector passage : claims.passages()) {
            assertEquals(passage.text(), body.substring(passage.start(), passage.end()));
        }
        ExtractedClaim reopening = claims.claims().getFirst();
        assertEquals(SentenceEmbedder.DIMENSIONS, reopening.embedding().values().length);
        assertEquals(reopening.embedding(), claims.passages().getFirst().embedding(),
                "a one-sentence passage has its sentence's embedding");
    }

    @Test
    void predictionsAreNotClaimsAndQuotesHaveTheirSpeaker() {
        String body = "Mayor Lina Ortiz opened the Westport bridge on Monday. The bridge will carry 20,000 cars a day "
                + "by spring. \"We tested every one of the 212 cables twice,\" she said.";
        ArticleClaims claims = extract(body);
        assertTrue(claims.claims().stream().noneMatch(claim -> claim.text().contains("will carry")), claims.toString());
        ExtractedClaim quote = claims.claims().stream().filter(claim -> claim.text().contains("212 cables"))
                .findFirst().orElseThrow();
        assertEquals(ClaimType.QUOTE, quote.type());
        assertEquals("Lina Ortiz", quote.speaker());
    }

    @Test
    void claimsNameTheirEntitiesJudgedByTheWholeArticle() {
        String body = "Mayor Lina Ortiz said flooding in Dunmore closed 3 schools on Monday. "
                + "Dunmore has flooded four times since 2020, Ortiz told the Westport Herald.";
        ExtractedClaim second = extract(body).claims().get(1);

        assertEquals(List.of(new EntityMention("Dunmore", 0, 7, EntityKind.PLACE),
                new EntityMention("Ortiz", 43, 48, EntityKind.PERSON),
                new EntityMention("Westport Herald", 58, 73, EntityKind.ORGANISATION)), second.entities());
    }
}
