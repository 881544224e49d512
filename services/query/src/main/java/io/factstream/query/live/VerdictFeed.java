package io.factstream.query.live;

import io.factstream.contracts.Verdict;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every verdict revision as it arrives, for the live streams of this instance. The channel has a consumer group of
 * its own per instance, so each instance sees every revision, not only its share of the partitions.
 */
@ApplicationScoped
public class VerdictFeed {
    private final BroadcastProcessor<Verdict> live = BroadcastProcessor.create();

    @Incoming("verdict-feed")
    public void arrived(Verdict verdict) {
        live.onNext(verdict);
    }

    /** Revisions from now on; a slow subscriber misses the oldest it has not taken when 1,000 are waiting. */
    public Multi<Verdict> fromNow() {
        return live.onOverflow().buffer(1_000);
    }
}
