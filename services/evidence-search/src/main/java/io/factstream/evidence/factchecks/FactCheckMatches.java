package io.factstream.evidence.factchecks;

import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.StanceBasis;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.reference.ReferenceDates;
import io.factstream.reference.factchecks.FactCheckDocument;
import io.factstream.stance.SameClaim;
import io.factstream.stance.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which candidate fact-checks reviewed the same claim ({@link SameClaim}), as evidence: the fact-checker is the
 * source and the rating decides the stance ({@code NormalisedRating#stance}), by rule, since the match names what it
 * compared. Each fact-checker counts once, with its closest review.
 */
public final class FactCheckMatches {
    private FactCheckMatches() {
    }

    /** @param claim embedded */
    public static List<Evidence> of(ClaimQuery claim, List<FactCheckDocument> candidates) {
        return of(claim.asStatement(), claim.context().speaker(), candidates);
    }

    /** @param speaker who the claim's article says made it, or null */
    public static List<Evidence> of(Statement claim, String speaker, List<FactCheckDocument> candidates) {
        List<Match> matches = new ArrayList<>();
        for (FactCheckDocument candidate : candidates) {
            SameClaim.Comparison comparison = compare(claim, speaker, candidate);
            if (comparison.same()) {
                matches.add(new Match(candidate, comparison));
            }
        }
        matches.sort(Comparator.comparingDouble((Match match) -> match.comparison().similarity()).reversed());
        Set<String> reviewers = new HashSet<>();
        return matches.stream().filter(match -> reviewers.add(match.factCheck().reviewer()))
                .map(FactCheckMatches::asEvidence).toList();
    }

    /** How a claim (embedded) and a fact-check's claim compare ({@link SameClaim}). */
    public static SameClaim.Comparison compare(ClaimQuery claim, FactCheckDocument factCheck) {
        return compare(claim.asStatement(), claim.context().speaker(), factCheck);
    }

    private static SameClaim.Comparison compare(Statement claim, String speaker, FactCheckDocument factCheck) {
        Statement reviewed = new Statement(factCheck.claimReviewed(), factCheck.embedding(), Set.of(),
                Statement.day(claimDay(factCheck)));
        return SameClaim.compare(claim, speaker, reviewed, factCheck.claimant());
    }

    private record Match(FactCheckDocument factCheck, SameClaim.Comparison comparison) {
    }

    /** When the claim reviewed was made, by which its relative dates are read: its own date, else the review's. */
    private static Instant claimDay(FactCheckDocument factCheck) {
        Instant claimDate = ReferenceDates.instantOf(factCheck.claimDate());
        return claimDate != null ? claimDate : ReferenceDates.instantOf(factCheck.reviewDate());
    }

    private static Evidence asEvidence(Match match) {
        FactCheckDocument factCheck = match.factCheck();
        return new Evidence(EvidenceKind.FACT_CHECK, factCheck.rating().stance(), factCheck.reviewUrl(),
                factCheck.reviewer(), factCheck.reviewer(), factCheck.claimReviewed(), match.comparison().similarity(),
                ReferenceDates.instantOf(factCheck.reviewDate()), StanceBasis.RULE, match.comparison().reason(),
                factCheck.asRating());
    }
}
