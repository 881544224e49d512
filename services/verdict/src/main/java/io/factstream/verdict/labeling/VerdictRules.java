package io.factstream.verdict.labeling;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.VerdictLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The label table of DESIGN.md §3 as one function of the evidence list. The explanation is written
 * from the same grouped evidence as the label, so the two cannot disagree. Every published evidence item
 * has passed evidence search's relevance bar, which is what makes it credible here.
 */
@Singleton
public class VerdictRules {
    private final Duration pendingWindow;

    /** @param pendingWindow how long a claim without evidence stays Pending before it is Insufficient evidence */
    public VerdictRules(@ConfigProperty(name = "factstream.verdict.pending-window") Duration pendingWindow) {
        this.pendingWindow = pendingWindow;
    }

    /** When a claim published at {@code publishedAt} stops being Pending if no evidence arrives. */
    public Instant pendingUntil(Instant publishedAt) {
        return publishedAt.plus(pendingWindow);
    }

    /**
     * @param claimOutlet the outlet that published the claim: its own coverage never confirms it
     */
    public Decision decide(List<Evidence> evidence, String claimOutlet, Instant claimPublishedAt, Instant now) {
        List<Evidence> independent = evidence.stream()
                .filter(item -> item.kind() == EvidenceKind.REFERENCE || !Objects.equals(item.outlet(), claimOutlet))
                .toList();
        List<Source> supporting = Source.group(withStance(independent, Stance.SUPPORTS));
        List<Source> refuting = Source.group(withStance(independent, Stance.REFUTES));

        if (!supporting.isEmpty() && !refuting.isEmpty()) {
            return new Decision(VerdictLabel.DISPUTED, Explanation.disputed(supporting, refuting));
        }
        if (!refuting.isEmpty()) {
            return new Decision(VerdictLabel.CONTRADICTED, Explanation.contradicted(refuting));
        }
        if (supporting.stream().anyMatch(Source::isReference)) {
            return new Decision(VerdictLabel.VERIFIED_BY_REFERENCE, Explanation.verifiedByReference(supporting));
        }
        if (supporting.size() >= 2) {
            return new Decision(VerdictLabel.CORROBORATED, Explanation.corroborated(supporting));
        }
        if (supporting.size() == 1) {
            return new Decision(VerdictLabel.SINGLE_SOURCE, Explanation.singleSource(supporting));
        }
        List<Source> related = Source.group(independent);
        if (now.isBefore(pendingUntil(claimPublishedAt))) {
            return new Decision(VerdictLabel.PENDING, Explanation.pending(related));
        }
        return new Decision(VerdictLabel.INSUFFICIENT_EVIDENCE, Explanation.insufficient(related));
    }

    private static List<Evidence> withStance(List<Evidence> evidence, Stance stance) {
        return evidence.stream().filter(item -> item.stance() == stance).toList();
    }
}
