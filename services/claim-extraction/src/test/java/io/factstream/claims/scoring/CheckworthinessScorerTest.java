package io.factstream.claims.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckworthinessScorerTest {
    private final CheckworthinessScorer scorer = new CheckworthinessScorer();

    @Test
    void factualSentenceWithNumbersAndNamesIsCheckable() {
        Checkworthiness result = scorer.score("The Westport council approved 4.2 million euros for the bridge on Monday.");
        assertTrue(result.checkable(), result.toString());
        assertEquals(SentenceType.STATEMENT, result.type());
    }

    @Test
    void questionsAreNeverCheckable() {
        Checkworthiness result = scorer.score("Will the council approve 4.2 million euros for the bridge?");
        assertFalse(result.checkable());
        assertEquals(SentenceType.QUESTION, result.type());
    }

    @Test
    void opinionsAreNeverCheckable() {
        Checkworthiness result = scorer.score("The council should never have approved this terrible bridge plan.");
        assertFalse(result.checkable());
        assertEquals(SentenceType.OPINION, result.type());
    }

    @Test
    void headingsAreNeverCheckable() {
        assertEquals(SentenceType.HEADING, scorer.score("Bridge repairs approved").type());
    }

    @Test
    void vagueStatementScoresBelowAFactualOne() {
        double vague = scorer.score("Things have been changing around here for a while now.").score();
        double factual = scorer.score("Mayor Lina Ortiz said 312 homes lost power on Saturday.").score();
        assertTrue(vague < CheckworthinessScorer.CLAIM_THRESHOLD && factual > vague, vague + " vs " + factual);
    }
}
