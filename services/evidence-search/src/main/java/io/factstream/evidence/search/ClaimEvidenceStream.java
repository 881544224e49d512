package io.factstream.evidence.search;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.evidence.passages.Passages;
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
 * {@code claims.extracted} to {@code claims.evidence}: indexes the article's passages, so that claims elsewhere can
 * cite them, then publishes one record per claim. The article's record is acknowledged only once Kafka holds every
 * claim's evidence.
 */
@ApplicationScoped
public class ClaimEvidenceStream {
    private final PassageIndex passages;
    private final EvidenceSearch search;
    private final MutinyEmitter<ClaimEvidence> evidenceOut;
    private final Clock clock = Clock.systemUTC();

    public ClaimEvidenceStream(PassageIndex passages, EvidenceSearch search,
            @Channel("claims-evidence") MutinyEmitter<ClaimEvidence> evidenceOut) {
        this.passages = passages;
        this.search = search;
        this.evidenceOut = evidenceOut;
    }

    @Incoming("claims-extracted")
    @Blocking
    public void searchEvidence(ArticleClaims article) throws IOException {
        passages.index(Passages.of(article));
        var excluded = new PassageIndex.Exclusion(article.articleId(), article.outlet(), article.originId());
        List<Uni<Void>> sends = new ArrayList<>();
        for (ExtractedClaim claim : article.claims()) {
            var evidence = search.find(new EvidenceSearch.ClaimQuery(claim.text(), claim.embedding(), excluded));
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
