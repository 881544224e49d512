package io.factstream.verdict.labeling;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.VerdictLabel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The label table of DESIGN.md §3 as one function of the evidence list. The explanation is written
 * from the same grouped evidence as the label, so the two cannot disagree.
 */
public class VerdictRules {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Duration pendingWindow;

    /** @param pendingWindow how long a claim without evidence stays Pending before it is Insufficient evidence */
    public VerdictRules(Duration pendingWindow) {
        this.pendingWindow = pendingWindow;
    }

    public Decision decide(List<Evidence> evidence, Instant claimPublishedAt, Instant now) {
        List<Evidence> supporting = withStance(evidence, Stance.SUPPORTS);
        List<Evidence> refuting = withStance(evidence, Stance.REFUTES);
        List<List<Evidence>> supportingSources = Sources.independent(supporting);
        List<List<Evidence>> refutingSources = Sources.independent(refuting);

        if (!supporting.isEmpty() && !refuting.isEmpty()) {
            return new Decision(VerdictLabel.DISPUTED, "Disputed: supported by " + describe(supportingSources)
                    + ", but refuted by " + describe(refutingSources) + ".");
        }
        if (!refuting.isEmpty()) {
            return new Decision(VerdictLabel.CONTRADICTED, "Contradicted by " + describe(refutingSources)
                    + "; no source supports it.");
        }
        if (supporting.stream().anyMatch(item -> item.kind() == EvidenceKind.REFERENCE)) {
            return new Decision(VerdictLabel.VERIFIED_BY_REFERENCE, "The reference corpus supports it ("
                    + describe(supportingSources) + "); nothing found refutes it.");
        }
        if (supportingSources.size() >= 2) {
            return new Decision(VerdictLabel.CORROBORATED, "Corroborated by " + supportingSources.size()
                    + " independent outlets: " + describe(supportingSources) + "; nothing found refutes it.");
        }
        if (supportingSources.size() == 1) {
            return new Decision(VerdictLabel.SINGLE_SOURCE, "Only one independent source supports it: "
                    + describe(supportingSources) + "; nothing found refutes it.");
        }
        String checked = evidence.isEmpty() ? "No related coverage or reference was found"
                : "Related coverage was found (" + describe(Sources.independent(evidence))
                        + ") but none of it supports or refutes the claim";
        if (claimPublishedAt.plus(pendingWindow).isAfter(now)) {
            return new Decision(VerdictLabel.PENDING, checked + " yet; it will be checked again as coverage grows.");
        }
        return new Decision(VerdictLabel.INSUFFICIENT_EVIDENCE, checked + ".");
    }

    private static List<Evidence> withStance(List<Evidence> evidence, Stance stance) {
        return evidence.stream().filter(item -> item.stance() == stance).toList();
    }

    private static String describe(List<List<Evidence>> sources) {
        return sources.stream().map(VerdictRules::describeSource).collect(Collectors.joining(", "));
    }

    private static String describeSource(List<Evidence> source) {
        Evidence first = source.getFirst();
        String name = first.kind() == EvidenceKind.REFERENCE ? "reference \"" + first.outlet() + "\"" : first.outlet();
        return first.publishedAt() == null ? name : name + " (" + DAY.format(first.publishedAt()) + ")";
    }
}
