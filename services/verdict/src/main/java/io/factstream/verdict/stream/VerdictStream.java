package io.factstream.verdict.stream;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Verdict;
import io.factstream.verdict.labeling.Decision;
import io.factstream.verdict.labeling.VerdictRules;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/** {@code claims.evidence} to {@code verdicts}: one verdict revision per evidence round of a claim. */
@ApplicationScoped
public class VerdictStream {
    private final VerdictRules rules;
    private final Clock clock = Clock.systemUTC();

    public VerdictStream(@ConfigProperty(name = "factstream.verdict.pending-window") Duration pendingWindow) {
        this.rules = new VerdictRules(pendingWindow);
    }

    @Incoming("claims-evidence")
    @Outgoing("verdicts")
    public Record<String, Verdict> decide(ClaimEvidence claim) {
        Decision decision = rules.decide(claim.evidence(), claim.publishedAt(), clock.instant());
        Verdict verdict = new Verdict(Verdict.SCHEMA_VERSION, claim.claimId(), claim.articleId(), claim.claimText(),
                decision.label(), decision.explanation(), claim.round(), null, false, clock.instant(),
                claim.evidence());
        return Record.of(claim.articleId(), verdict);
    }
}
