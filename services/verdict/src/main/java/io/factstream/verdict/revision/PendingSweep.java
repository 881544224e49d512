package io.factstream.verdict.revision;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Pending claims whose window has ended without evidence become Insufficient evidence, as a new revision.
 * Every instance sweeps; the ledger's per-claim lock and the unchanged decision make a second sweep of the same
 * claim a no-op.
 */
@ApplicationScoped
public class PendingSweep {
    private static final int BATCH = 200;

    private final VerdictLedger ledger;
    private final Revisions revisions;
    private final Clock clock;

    public PendingSweep(VerdictLedger ledger, Revisions revisions, Clock clock) {
        this.ledger = ledger;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Scheduled(every = "${factstream.verdict.pending-sweep-every}", delayed = "${factstream.verdict.pending-sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        List<String> due;
        do {
            Instant now = clock.instant();
            due = ledger.pendingDue(now, BATCH);
            due.forEach(claimId -> ledger.apply(claimId, current -> revisions.afterPendingWindow(current, now)));
        } while (due.size() == BATCH);
    }
}
