package io.factstream.spectrum.commonground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Bias;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.CommonGround;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommonGroundFinderTest {
    private static final Map<String, Bias> RATINGS = Map.of("left.example", Bias.LEFT,
            "lean-left.example", Bias.LEAN_LEFT, "center.example", Bias.CENTER, "right.example", Bias.RIGHT);

    private static Optional<CommonGround> find(String claimOutlet, Evidence... evidence) {
        ClaimEvidence claim = new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, "a1-c0", "a1",
                "The bridge reopened on Monday.", claimOutlet, Instant.now(), 1, Instant.now(), List.of(evidence),
                "en");
        return CommonGroundFinder.of(claim, outlet -> RATINGS.getOrDefault(outlet, Bias.UNRATED));
    }

    private static Evidence from(String outlet, Stance stance) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, stance, "https://" + outlet + "/bridge", outlet, outlet,
                "The bridge opened again on Monday.", 0.8, Instant.now(), StanceBasis.RULE, null);
    }

    @Test
    void anOutletOfAnotherSideReportingTheSameIsCommonGround() {
        CommonGround ground = find("left.example", from("right.example", Stance.SUPPORTS),
                from("center.example", Stance.SUPPORTS), from("lean-left.example", Stance.SUPPORTS)).orElseThrow();
        assertEquals("The bridge reopened on Monday.", ground.statement());
        assertEquals(List.of("left.example", "right.example", "center.example"), ground.outlets());
        assertEquals(List.of(Bias.Side.LEFT, Bias.Side.RIGHT, Bias.Side.CENTER), ground.sides());
    }

    @Test
    void theSameSideRefutationsUnratedOutletsAndTheReferenceCorpusAreNot() {
        assertTrue(find("left.example", from("lean-left.example", Stance.SUPPORTS)).isEmpty(), "same side");
        assertTrue(find("left.example", from("right.example", Stance.REFUTES)).isEmpty(), "refutes");
        assertTrue(find("left.example", from("unknown.example", Stance.SUPPORTS)).isEmpty(), "unrated supporter");
        assertTrue(find("unknown.example", from("right.example", Stance.SUPPORTS)).isEmpty(), "unrated claim");
        assertTrue(find("left.example", new Evidence(EvidenceKind.REFERENCE, Stance.SUPPORTS, "https://ref.example/b",
                "Bridge", null, "Bridge", 0.8, null, StanceBasis.RULE, null)).isEmpty(), "reference corpus");
        assertTrue(find("left.example", new Evidence(EvidenceKind.CROSS_REFERENCE, Stance.SUPPORTS,
                "https://right.example/bridge", "right.example", "right.example", "The bridge opened.", 0.8,
                Instant.now(), StanceBasis.MODEL, "stance model")).isEmpty(), "the stance model's reading alone");
    }
}
