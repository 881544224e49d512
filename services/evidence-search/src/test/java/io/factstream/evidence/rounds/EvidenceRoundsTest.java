package io.factstream.evidence.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.support.elasticsearch.ReadThenWrite.Change;
import io.factstream.support.elasticsearch.ReadThenWrite.Write;
import io.factstream.support.elasticsearch.ReadThenWrite;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rounds of an article's claims, read and written all at once, in the real Elasticsearch. */
@QuarkusTest
class EvidenceRoundsTest {
    @Inject
    EvidenceRounds rounds;
    @Inject
    ElasticsearchClient elasticsearch;

    /** Each run its own claims, so runs on a kept stack never see each other's rounds. */
    private final String run = UUID.randomUUID().toString();
    private final String known = run + "-known";
    private final String fresh = run + "-fresh";

    @Test
    void aClaimBroughtAgainByANewRevisionStartsItsNextRoundAndANewClaimItsFirst() throws Exception {
        rounds.firstSearches(List.of(known));

        assertEquals(List.of(2, 1), rounds.firstSearches(List.of(known, fresh)));
    }

    @Test
    void firstSearchesSettleInTheirRoundsWithWhatTheyFound() throws Exception {
        rounds.firstSearches(List.of(known, fresh));

        List<EvidenceRound> settled = rounds.settleFirstSearches(List.of(
                new EvidenceRounds.FirstSearch(known, 1, List.of(item("a", 0.8))),
                new EvidenceRounds.FirstSearch(fresh, 1, List.of())));

        assertEquals(List.of(new EvidenceRound(1, List.of(item("a", 0.8))), new EvidenceRound(1, List.of())),
                settled);
    }

    @Test
    void newEvidenceMakesTheNextRoundOnlyOfTheClaimsItIsKeptFor() throws Exception {
        rounds.firstSearches(List.of(known));
        rounds.settleFirstSearches(List.of(new EvidenceRounds.FirstSearch(known, 1, List.of(item("a", 0.8)))));

        Map<String, EvidenceRound> next = rounds.addEvidence(Map.of(
                known, List.of(item("b", 0.7)),
                fresh, List.of(item("c", 0.9))));

        assertEquals(Map.of(known, new EvidenceRound(2, List.of(item("a", 0.8), item("b", 0.7)))), next);
    }

    @Test
    void aDocumentWrittenByAnotherInstanceMeanwhileIsChangedAgainFromWhatThatOneWrote() throws Exception {
        rounds.firstSearches(List.of(known, fresh));
        Change<EvidenceRound, Integer> racing = new Change<>(known, stored -> {
            writeMeanwhile(known, new EvidenceRound(2, List.of(item("meanwhile", 0.6))));
            return new Write<>(new EvidenceRound(stored.round() + 1, stored.evidence()), stored.round() + 1);
        });
        Change<EvidenceRound, Integer> alone = new Change<>(fresh,
                stored -> new Write<>(new EvidenceRound(stored.round() + 1, stored.evidence()), stored.round() + 1));

        List<Integer> answers = ReadThenWrite.changeAll(elasticsearch, EvidenceRounds.INDEX, EvidenceRound.class,
                List.of(racing, alone));

        assertEquals(List.of(3, 2), answers);
        assertEquals(new EvidenceRound(3, List.of(item("meanwhile", 0.6))), stored(known));
        assertEquals(new EvidenceRound(2, List.of()), stored(fresh));
    }

    /** The other instance writes its round once: read again, the racing change finds it there and does not race. */
    private void writeMeanwhile(String claimId, EvidenceRound round) {
        try {
            if (stored(claimId).round() < round.round()) {
                elasticsearch.index(i -> i.index(EvidenceRounds.INDEX).id(claimId).document(round));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private EvidenceRound stored(String claimId) throws IOException {
        return elasticsearch.get(g -> g.index(EvidenceRounds.INDEX).id(claimId), EvidenceRound.class).source();
    }

    private static Evidence item(String name, double score) {
        String url = "https://outlet.example/" + name;
        return new Evidence(EvidenceKind.CROSS_REFERENCE, Stance.SUPPORTS, url, "outlet.example", url,
                "The Harlow ferry resumed its crossings on Monday.", score, null, StanceBasis.RULE, null);
    }
}
