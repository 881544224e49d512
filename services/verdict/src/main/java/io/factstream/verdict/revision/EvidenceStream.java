package io.factstream.verdict.revision;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.support.metrics.StageMetrics;
import io.factstream.support.resilience.RetryWhileUnavailable;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code claims.evidence} to {@code verdicts}: each evidence round may revise its claim's verdict. */
@ApplicationScoped
public class EvidenceStream {
    private final VerdictLedger ledger;
    private final Revisions revisions;
    private final Clock clock;

    public EvidenceStream(VerdictLedger ledger, Revisions revisions, Clock clock) {
        this.ledger = ledger;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Incoming("claims-evidence")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "verdict.judge"})
    @Blocking
    @RetryWhileUnavailable
    public void judge(ClaimEvidence round) {
        ledger.apply(round.claimId(), current -> revisions.afterEvidence(current, round, clock.instant()));
    }
}
