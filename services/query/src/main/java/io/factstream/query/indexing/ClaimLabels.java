package io.factstream.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.UpdateRequest;
import io.factstream.contracts.Verdict;
import io.factstream.support.elasticsearch.VersionConflicts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;

/**
 * Copies each claim's newest verdict label into the claims index, where search filters on it. Read, then write
 * only if nobody wrote in between and the revision is newer (Elasticsearch here has no scripting language).
 */
@ApplicationScoped
public class ClaimLabels {
    private static final int ATTEMPTS = 10;
    private static final String INDEX = ResultIndex.CLAIMS.indexName();

    private final ElasticsearchClient client;

    public ClaimLabels(ElasticsearchClient client) {
        this.client = client;
    }

    /** Labels the claim with {@code verdict} unless it carries a newer revision already. */
    public void record(Verdict verdict) throws IOException {
        Map<String, Object> label = Map.of("claimId", verdict.claimId(), "articleId", verdict.articleId(),
                "label", verdict.label(), "verdictRevision", verdict.revision());
        for (int attempt = 1; ; attempt++) {
            GetResponse<LabelOnly> current = client.get(g -> g.index(INDEX).id(verdict.claimId())
                    .sourceIncludes("verdictRevision"), LabelOnly.class);
            if (current.found() && current.source().verdictRevision() != null
                    && current.source().verdictRevision() >= verdict.revision()) {
                return;
            }
            try {
                client.update(current.found() ? ifUnchanged(verdict.claimId(), label, current)
                        : UpdateRequest.of(u -> u.index(INDEX).id(verdict.claimId()).doc(label).docAsUpsert(true)),
                        Object.class);
                return;
            } catch (ElasticsearchException | IOException e) {
                if (!VersionConflicts.isConflict(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static UpdateRequest<Object, Object> ifUnchanged(String claimId, Map<String, Object> label,
            GetResponse<LabelOnly> current) {
        return UpdateRequest.of(u -> u.index(INDEX).id(claimId).doc(label).ifSeqNo(current.seqNo())
                .ifPrimaryTerm(current.primaryTerm()));
    }

    record LabelOnly(Integer verdictRevision) {
    }
}
