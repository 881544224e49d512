package io.factstream.claims.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckworthinessScorerTest {
    private final CheckworthinessScorer scorer = new CheckworthinessScorer();

    @Test
    void factualSentenceWithNumbersAndNamesIsCheckable() {
        Checkworthiness result = scorer.score("The Westport council approved 4.2 million euros for the bridge on Monday.");
        assertTrue(result.checkable(), result.toString());
        assertEquals(SentenceType.STATEMENT, result.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Unemployment in Westport fell to 4.1 percent last year, down from 5.3 percent in 2022.",
        "\"We spent 2.3 million euros on the new school,\" Mayor Lina Ortiz told reporters on Tuesday.",
        "The Westport bridge reopened on Monday after 14 months of repairs.",
        "Mayor Lina Ortiz said 312 homes lost power on Saturday.",
    })
    void statisticsQuotesAndEventsScoreHighAndAreCheckable(String sentence) {
        Checkworthiness result = scorer.score(sentence);
        assertTrue(result.checkable() && result.score() >= CheckworthinessScorer.CLAIM_THRESHOLD, result.toString());
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
        Checkworthiness result = scorer.score("Bridge repairs approved");
        assertEquals(SentenceType.HEADING, result.type());
        assertFalse(result.checkable());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The new bridge will carry 20,000 cars a day when it opens in 2027.",
        "Prices are expected to rise by 3 percent next year, the central bank said.",
        "Officials say the repairs won't be finished before the winter.",
        "Engineers expect the work on the Westport bridge to last until April 2028, barring surprises.",
        "No one involved anticipates a firm ruling on the harbour before 14 March.",
        "Managers estimate the repairs to run until September 2028, weather permitting.",
    })
    void predictionsAreNeverCheckable(String sentence) {
        Checkworthiness result = scorer.score(sentence);
        assertEquals(SentenceType.PREDICTION, result.type(), result.toString());
        assertFalse(result.checkable());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Westport ferry will sail 12 times a day from December, the operator announced.",
        "Dredging of the Westport harbour began on Wednesday and will remove 40,000 cubic metres of silt, "
                + "the port authority said.",
    })
    void announcedPlansAreCheckableStatements(String sentence) {
        Checkworthiness result = scorer.score(sentence);
        assertEquals(SentenceType.STATEMENT, result.type(), result.toString());
        assertTrue(result.checkable(), result.toString());
    }

    @Test
    void anEstimateOfSomethingPresentIsAStatement() {
        assertEquals(SentenceType.STATEMENT,
                SentenceType.of("Officials estimate the storm damage in Westport at 4 million euros."));
    }

    @Test
    void aNamedWillIsNoPrediction() {
        assertEquals(SentenceType.STATEMENT, SentenceType.of("The mayor thanked Will Carter for 30 years of service."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Things have been changing around here for a while now.",
        "It was a long day for everyone involved.",
        "Thank you all very much for being here tonight.",
    })
    void vagueFillerIsNotCheckable(String sentence) {
        Checkworthiness result = scorer.score(sentence);
        assertEquals(SentenceType.STATEMENT, result.type());
        assertFalse(result.checkable(), result.toString());
    }

    @Test
    void vagueStatementScoresBelowAFactualOne() {
        double vague = scorer.score("Things have been changing around here for a while now.").score();
        double factual = scorer.score("Mayor Lina Ortiz said 312 homes lost power on Saturday.").score();
        assertTrue(vague < CheckworthinessScorer.CLAIM_THRESHOLD && factual > vague, vague + " vs " + factual);
    }

    @Test
    void scoresAreProbabilitiesAndBatchesKeepTheirOrder() {
        List<String> sentences = List.of("Is it safe?", "Officials said the repairs cost 4.2 million euros.");
        List<Checkworthiness> results = scorer.scoreAll(sentences);
        assertEquals(sentences, results.stream().map(Checkworthiness::text).toList());
        for (Checkworthiness result : results) {
            assertTrue(result.score() >= 0 && result.score() <= 1, result.toString());
        }
        assertEquals(scorer.score(sentences.get(1)).checkable(), results.get(1).checkable());
    }

    @Test
    void theShippedThresholdIsAProbability() {
        assertTrue(CheckworthinessScorer.CLAIM_THRESHOLD > 0 && CheckworthinessScorer.CLAIM_THRESHOLD < 1);
    }
}
