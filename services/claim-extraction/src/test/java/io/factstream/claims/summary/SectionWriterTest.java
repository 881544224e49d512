package io.factstream.claims.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.claims.extraction.ClaimExtractor;
import io.factstream.claims.scoring.CheckworthinessScorer;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ArticleSections;
import io.factstream.contracts.FollowUp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SectionWriterTest {
    private static final String BODY = "Bridge reopens\n\nThe Westport harbour bridge reopened to traffic on Monday "
            + "after 14 months of repairs. The city council said the repairs cost 4.2 million euros. "
            + "Mayor Lina Ortiz cut the ribbon in front of about 300 residents. The reopening means commuters "
            + "save up to 40 minutes a day. \"We tested every one of the 212 cables twice,\" she said.";

    private static ArticleClaims extract(String body) {
        return new ClaimExtractor(new CheckworthinessScorer(), SentenceEmbedder.shared()).extract(new ArticleIngested(1, "a1", 1,
                "https://a.example/x", "Bridge reopens", body, "a.example", Instant.parse("2026-11-23T10:00:00Z"),
                Instant.EPOCH, "http", "a1", "en", null, null));
    }

    @Test
    void sectionsComeFromTheArticlesOwnSentencesAndClaims() {
        ArticleClaims claims = extract(BODY);
        ArticleSections sections = claims.sections();
        assertEquals("The reopening means commuters save up to 40 minutes a day.", sections.whyItMatters());
        assertEquals("No persuasion techniques were found: the article reads as straight reporting.",
                sections.perspectiveSignals());
        assertEquals(claims.claims().size(), sections.followUps().size(), "one question per claim");
        assertTrue(sections.followUps().stream().anyMatch(f -> f.question().contains("Lina Ortiz")),
                sections.followUps().toString());
        for (FollowUp followUp : sections.followUps()) {
            assertTrue(followUp.question().endsWith("?"), followUp.question());
            assertTrue(claims.claims().stream().anyMatch(claim -> claim.claimId().equals(followUp.claimId())));
        }
    }

    @Test
    void whatHappenedIsTheStoryNotTheLinesAboveIt() {
        String body = "Our mission is to deliver unbiased, fact-based reporting that holds power to account. "
                + "Whether you give five or fifty pounds, every single contribution counts for us. " + BODY
                + " The bridge had been closed since a barge struck one of its piers in a storm last year. Traffic "
                + "on the coast road doubled while the harbour bridge was shut, the council said. Engineers replaced "
                + "two of the bridge's steel piers and resurfaced the whole deck during the repairs.";
        String whatHappened = extract(body).sections().whatHappened();
        assertFalse(whatHappened.contains("mission") || whatHappened.contains("contribution"), whatHappened);
        assertTrue(whatHappened.contains("bridge") || whatHappened.contains("repairs"), whatHappened);
    }

    @Test
    void whyItMattersIsLeftOutWhenNoClaimStatesStakes() {
        ArticleSections sections = extract("The Westport harbour bridge reopened to traffic on Monday after 14 "
                + "months of repairs. The city council said the repairs cost 4.2 million euros.").sections();
        assertNull(sections.whyItMatters());
    }

    @Test
    void perspectiveSignalsNameTheTechniquesFound() {
        ArticleSections sections = extract("The council's disgraceful decision will cost 4 million euros. "
                + "These traitors voted for it on Monday.").sections();
        assertEquals("The article uses loaded language (1×, e.g. \"disgraceful\"), name calling (1×, e.g. "
                + "\"traitors\").", sections.perspectiveSignals());
    }
}
