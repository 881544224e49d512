package io.factstream.verdict.labeling;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.SupportedLanguages;
import io.factstream.contracts.VerdictLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The label table of docs/verdicts.md as one function of the evidence list, precision first: a stance counts when a
 * rule decided it or two independent sources agree on it ({@link Stances}), so a single reading of the stance model
 * never makes a claim Contradicted, Disputed or confirmed. The explanation is written from the same grouped evidence
 * as the label, so the two cannot disagree, and names what decided each source's stance. Every published evidence
 * item has passed evidence search's relevance bar.
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
     * @param language    the language of the claim's article: one the pipeline does not check makes it Not checked,
     *                    whatever the evidence
     */
    public Decision decide(List<Evidence> evidence, String claimOutlet, Instant claimPublishedAt, String language,
            Instant now) {
        if (!SupportedLanguages.checks(language)) {
            return new Decision(VerdictLabel.NOT_CHECKED, SupportedLanguages.notChecked(language));
        }
        Decision decision = decideChecked(evidence, claimOutlet, claimPublishedAt, now);
        return new Decision(decision.label(), Explanation.withFactChecks(evidence, decision.explanation()));
    }

    private Decision decideChecked(List<Evidence> evidence, String claimOutlet, Instant claimPublishedAt,
            Instant now) {
        List<Evidence> independent = evidence.stream()
                .filter(item -> item.kind() != EvidenceKind.CROSS_REFERENCE
                        || !Objects.equals(item.outlet(), claimOutlet))
                .toList();
        Stances supporting = Stances.of(independent, Stance.SUPPORTS);
        Stances refuting = Stances.of(independent, Stance.REFUTES);
        List<Source> support = supporting.counted();
        List<Source> refutation = refuting.counted();

        if (!refutation.isEmpty() && supporting.any()) {
            return new Decision(VerdictLabel.DISPUTED, Explanation.disputed(supporting, refuting));
        }
        if (!refutation.isEmpty()) {
            return new Decision(VerdictLabel.CONTRADICTED, Explanation.contradicted(refuting));
        }
        if (support.stream().anyMatch(Source::isReference)) {
            return new Decision(VerdictLabel.VERIFIED_BY_REFERENCE,
                    Explanation.verifiedByReference(supporting, refuting));
        }
        if (support.size() >= 2) {
            return new Decision(VerdictLabel.CORROBORATED, Explanation.corroborated(supporting, refuting));
        }
        if (support.size() == 1) {
            return new Decision(VerdictLabel.SINGLE_SOURCE, Explanation.singleSource(supporting, refuting));
        }
        List<Source> related = Source.group(withStance(independent, Stance.NEUTRAL));
        if (now.isBefore(pendingUntil(claimPublishedAt))) {
            return new Decision(VerdictLabel.PENDING, Explanation.pending(related, supporting, refuting));
        }
        return new Decision(VerdictLabel.INSUFFICIENT_EVIDENCE,
                Explanation.insufficient(related, supporting, refuting));
    }

    private static List<Evidence> withStance(List<Evidence> evidence, Stance stance) {
        return evidence.stream().filter(item -> item.stance() == stance).toList();
    }
}
