package io.factstream.verdict.editorial;

import io.factstream.contracts.VerdictOverride;
import io.factstream.support.metrics.StageMetrics;
import io.factstream.support.resilience.RetryWhileUnavailable;
import io.factstream.verdict.revision.Revisions;
import io.factstream.verdict.revision.VerdictLedger;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Editors' overrides, from the query service's outbox through Debezium, become editorial revisions on
 * {@code verdicts}; later automatic re-checks keep the editor's label until the editor withdraws it.
 */
@ApplicationScoped
public class OverrideStream {
    private final VerdictLedger ledger;
    private final Revisions revisions;
    private final Clock clock;

    public OverrideStream(VerdictLedger ledger, Revisions revisions, Clock clock) {
        this.ledger = ledger;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Incoming("verdict-overrides")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "verdict.override"})
    @Blocking
    @RetryWhileUnavailable
    public void apply(VerdictOverride override) {
        ledger.apply(override.claimId(), current -> revisions.afterOverride(current, override, clock.instant()));
    }
}
