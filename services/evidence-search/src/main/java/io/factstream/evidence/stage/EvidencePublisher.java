package io.factstream.evidence.stage;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.support.messaging.KeyedMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes evidence rounds on {@code claims.evidence}, keyed by article id, and returns once Kafka holds them all. */
@ApplicationScoped
public class EvidencePublisher {
    private final MutinyEmitter<ClaimEvidence> evidenceOut;

    public EvidencePublisher(@Channel("claims-evidence") MutinyEmitter<ClaimEvidence> evidenceOut) {
        this.evidenceOut = evidenceOut;
    }

    public void publishAll(List<ClaimEvidence> rounds) {
        List<Uni<Void>> sends = rounds.stream().map(this::publish).toList();
        if (!sends.isEmpty()) {
            Uni.join().all(sends).andFailFast().await().indefinitely();
        }
    }

    private Uni<Void> publish(ClaimEvidence round) {
        return evidenceOut.sendMessage(KeyedMessages.keyed(round, round.articleId()));
    }
}
