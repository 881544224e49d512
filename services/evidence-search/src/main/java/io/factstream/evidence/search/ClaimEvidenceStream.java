package io.factstream.evidence.search;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.ExtractedClaim;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code claims.extracted} to {@code claims.evidence}: one record per claim. The article's record is
 * acknowledged only once Kafka holds every claim's evidence.
 */
@ApplicationScoped
public class ClaimEvidenceStream {
    private final EvidenceSearch search;
    private final MutinyEmitter<ClaimEvidence> evidenceOut;
    private final Clock clock = Clock.systemUTC();

    public ClaimEvidenceStream(EvidenceSearch search,
            @Channel("claims-evidence") MutinyEmitter<ClaimEvidence> evidenceOut) {
        this.search = search;
        this.evidenceOut = evidenceOut;
    }

    @Incoming("claims-extracted")
    @Blocking
    public void searchEvidence(ArticleClaims article) throws IOException {
        List<Uni<Void>> sends = new ArrayList<>();
        for (ExtractedClaim claim : article.claims()) {
            var evidence = search.find(new EvidenceSearch.ClaimQuery(claim.text(), article.outlet(), article.originId()));
            ClaimEvidence record = new ClaimEvidence(ClaimEvidence.SCHEMA_VERSION, claim.claimId(), article.articleId(),
                    claim.text(), article.outlet(), article.publishedAt(), 1, clock.instant(), evidence);
            sends.add(evidenceOut.sendMessage(Message.of(record).addMetadata(
                    OutgoingKafkaRecordMetadata.<String>builder().withKey(article.articleId()).build())));
        }
        if (!sends.isEmpty()) {
            Uni.join().all(sends).andFailFast().await().indefinitely();
        }
    }
}
