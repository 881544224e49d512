package io.factstream.claims.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.claims.extraction.ClaimExtractor;
import io.factstream.claims.scoring.CheckworthinessScorer;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ArticleSections;
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
        ArticleSections sections = extract(BODY).sections();
        assertEquals("The Westport harbour bridge reopened to traffic on Monday after 14 months of repairs. "
                + "The city council said the repairs cost 4.2 million euros.", sections.whatHappened());
        assertEquals("The reopening means commuters save up to 40 minutes a day.", sections.whyItMatters());
        assertEquals("No persuasion techniques were found: the article reads as straight reporting.",
                sections.perspectiveSignals());
        assertEquals(3, sections.followUpQuestions().size());
        assertTrue(sections.followUpQuestions().stream().anyMatch(q -> q.contains("Lina Ortiz")),
                sections.followUpQuestions().toString());
        for (String question : sections.followUpQuestions()) {
            assertTrue(question.endsWith("?"), question);
        }
    }

    @Test
    void perspectiveSignalsNameTheTechniquesFound() {
        ArticleSections sections = extract("The council's disgraceful decision will cost 4 million euros. "
                + "These traitors voted for it on Monday.").sections();
        assertEquals("The article uses loaded language (1×, e.g. \"disgraceful\"), name calling (1×, e.g. "
                + "\"traitors\").", sections.perspectiveSignals());
    }
}
