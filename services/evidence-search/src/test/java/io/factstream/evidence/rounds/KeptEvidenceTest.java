package io.factstream.evidence.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptEvidenceTest {

    @Test
    void keepsTheMostRelevantCrossReferencesThenReferencesEachBestFirst() {
        List<Evidence> found = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            found.add(item(EvidenceKind.CROSS_REFERENCE, "https://outlet.example/" + i, i / 10.0));
            found.add(item(EvidenceKind.REFERENCE, "https://reference.example/" + i, i / 10.0));
        }

        List<Evidence> kept = KeptEvidence.of(found);

        assertEquals(List.of("https://outlet.example/7", "https://outlet.example/6", "https://outlet.example/5",
                "https://outlet.example/4", "https://outlet.example/3", "https://reference.example/7",
                "https://reference.example/6", "https://reference.example/5"),
                kept.stream().map(Evidence::url).toList());
    }

    @Test
    void aPassageJudgedAgainIsKeptOnceAsJudgedLast() {
        Evidence earlier = item(EvidenceKind.CROSS_REFERENCE, "https://outlet.example/a", 0.9);
        Evidence later = item(EvidenceKind.CROSS_REFERENCE, "https://outlet.example/a", 0.6);
        Evidence other = item(EvidenceKind.CROSS_REFERENCE, "https://outlet.example/b", 0.7);

        assertEquals(List.of(other, later), KeptEvidence.of(List.of(earlier, other, later)));
    }

    private static Evidence item(EvidenceKind kind, String url, double score) {
        return new Evidence(kind, Stance.SUPPORTS, url, "outlet", url, "The bridge opened in May.", score, null,
                StanceBasis.RULE, null);
    }
}
