package io.factstream.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.Topic;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class CompletionsTest {
    private final Completions completions = new Completions();

    private static ConsumerRecord<String, String> claims(String articleId, String... claimIds) {
        String list = String.join(",", Arrays.stream(claimIds)
                .map(id -> "{\"claimId\":\"" + id + "\"}").toList());
        return new ConsumerRecord<>(Topic.CLAIMS_EXTRACTED.topicName(), 0, 0, articleId,
                "{\"articleId\":\"" + articleId + "\",\"claims\":[" + list + "]}");
    }

    private static ConsumerRecord<String, String> verdict(String articleId, String claimId, int revision) {
        return new ConsumerRecord<>(Topic.VERDICTS.topicName(), 0, 0, articleId,
                "{\"claimId\":\"" + claimId + "\",\"revision\":" + revision + "}");
    }

    @Test
    void aReportIsCompleteWhenEveryClaimHasAVerdictEvenOneThatCameBeforeItsClaims() throws Exception {
        completions.accepted("harbour", 1_000);
        completions.accepted("ferry", 1_000);

        completions.observe(verdict("harbour", "harbour-c1", 1));
        completions.observe(claims("harbour", "harbour-c1", "harbour-c2"));
        completions.observe(verdict("harbour", "harbour-c2", 0));

        assertEquals(0, completions.completed());
        assertEquals(List.of("ferry (no claims seen)", "harbour (no verdict yet for [harbour-c2])"),
                completions.incomplete());

        completions.observe(verdict("harbour", "harbour-c2", 1));

        assertEquals(1, completions.completed());
        assertEquals(List.of("ferry (no claims seen)"), completions.incomplete());
    }

    @Test
    void claimsExtractedAgainAfterSomeOfTheirVerdictsStillWaitOnlyForTheClaimsNotJudgedYet() throws Exception {
        completions.accepted("bridge", 1_000);

        completions.observe(claims("bridge", "bridge-c1", "bridge-c2"));
        completions.observe(verdict("bridge", "bridge-c1", 1));
        completions.observe(claims("bridge", "bridge-c1", "bridge-c2"));

        assertEquals(List.of("bridge (no verdict yet for [bridge-c2])"), completions.incomplete());

        completions.observe(verdict("bridge", "bridge-c2", 1));

        assertEquals(1, completions.completed());
    }

    @Test
    void claimsAndVerdictsSeenBeforeTheArticlesAnswerCameBackCountOnceItIsAccepted() throws Exception {
        completions.observe(claims("quay", "quay-c1"));
        completions.observe(verdict("quay", "quay-c1", 1));

        assertEquals(0, completions.completed());

        completions.accepted("quay", 1_000);

        assertEquals(1, completions.completed());
        assertEquals(List.of(), completions.incomplete());
    }
}
