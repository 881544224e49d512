package io.factstream.evidence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.evidence.passages.Passage;
import io.factstream.evidence.query.ClaimContext;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Exclusion;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceModel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceSearchTest {
    private static final Instant PUBLISHED = Instant.parse("2026-07-01T09:00:00Z");
    /**
     * Judging statements that carry their embeddings embeds nothing, so no embedder is loaded: its native tokenizer
     * may be loaded once per JVM only, and the Quarkus tests of this module load it in their own class loader.
     */
    private final StanceJudge judge = new StanceJudge(null, StanceModel.shipped());

    @Test
    void crossReferencesAreThePassagesJudgedRelevantWithTheirStance() {
        String claim = "The Westport bridge reopened on Monday after 14 months of repairs.";
        ClaimQuery query = new ClaimQuery(claim, direction(0),
                ClaimContext.alone(List.of("Westport"), PUBLISHED), new Exclusion("a1", "first.example", "a1"));
        Passage refuting = passage("b1-p0", "The Westport bridge reopened on Monday after 9 months of repairs.",
                direction(0));
        Passage unrelated = passage("b1-p80", "Westport celebrated its annual music festival downtown.", direction(1));

        List<Evidence> found = EvidenceSearch.crossReferences(judge, query.asStatement(), List.of(unrelated, refuting));

        assertEquals(1, found.size(), "the festival is no evidence: " + found);
        Evidence evidence = found.getFirst();
        assertEquals(EvidenceKind.CROSS_REFERENCE, evidence.kind());
        assertEquals(Stance.REFUTES, evidence.stance());
        assertEquals(StanceBasis.RULE, evidence.basis());
        assertEquals(refuting.text(), evidence.snippet());
        assertEquals("second.example", evidence.outlet());
    }

    private static Passage passage(String passageId, String text, float[] embedding) {
        return new Passage(passageId, "b1", "b1", "second.example", "https://second.example/bridge", "Bridge", text,
                PUBLISHED, List.of("Westport"), embedding);
    }

    /** A unit vector along one axis: cosine 1 with itself, 0 with any other axis. */
    private static float[] direction(int axis) {
        float[] vector = new float[SentenceEmbedder.DIMENSIONS];
        vector[axis] = 1;
        return vector;
    }
}
