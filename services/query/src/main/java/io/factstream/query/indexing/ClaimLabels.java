package io.factstream.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import io.factstream.contracts.Verdict;
import io.factstream.support.elasticsearch.BulkRejected;
import io.factstream.support.elasticsearch.VersionConflicts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Copies each claim's newest verdict label into the claims index, where search filters on it. Reads the claims'
 * revisions in one request, then writes the newer labels in one more, each only if nobody wrote the claim in
 * between (Elasticsearch here has no scripting language); the claims somebody did write are read again.
 */
@ApplicationScoped
public class ClaimLabels {
    private static final int ATTEMPTS = 10;
    private static final String INDEX = ResultIndex.CLAIMS.indexName();

    private final ElasticsearchClient client;

    public ClaimLabels(ElasticsearchClient client) {
        this.client = client;
    }

    /** Labels each claim with the newest of {@code verdicts} on it, unless the claim carries a newer one already. */
    public void record(Collection<Verdict> verdicts) throws IOException {
        List<Verdict> pending = verdicts.stream().collect(Collectors.toMap(Verdict::claimId, verdict -> verdict,
                BinaryOperator.maxBy(Comparator.comparingInt(Verdict::revision)))).values().stream().toList();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > ATTEMPTS) {
                throw new IOException("the labels of claims " + pending.stream().map(Verdict::claimId).toList()
                        + " were written by others on each of " + ATTEMPTS + " attempts");
            }
            pending = writeNewer(pending);
        }
    }

    /** @return the verdicts whose claims somebody else wrote meanwhile, or that could not be read */
    private List<Verdict> writeNewer(List<Verdict> verdicts) throws IOException {
        List<MultiGetResponseItem<LabelOnly>> stored = client.mget(m -> m.index(INDEX)
                .ids(verdicts.stream().map(Verdict::claimId).toList()).sourceIncludes("verdictRevision"),
                LabelOnly.class).docs();
        List<Verdict> again = new ArrayList<>();
        List<Verdict> written = new ArrayList<>();
        List<BulkOperation> writes = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            if (!stored.get(i).isResult()) {
                again.add(verdict);
            } else if (isNewer(verdict, stored.get(i).result())) {
                written.add(verdict);
                writes.add(labelling(verdict, stored.get(i).result()));
            }
        }
        if (writes.isEmpty()) {
            return again;
        }
        BulkResponse response = client.bulk(bulk -> bulk.operations(writes));
        List<BulkResponseItem> refused = new ArrayList<>();
        for (int w = 0; w < writes.size(); w++) {
            BulkResponseItem item = response.items().get(w);
            if (item.status() == VersionConflicts.CONFLICT) {
                again.add(written.get(w));
            } else if (item.error() != null) {
                refused.add(item);
            }
        }
        BulkRejected.throwIfAny(refused, writes.size(), "claim labels");
        return again;
    }

    private static boolean isNewer(Verdict verdict, GetResult<LabelOnly> current) {
        return !current.found() || current.source().verdictRevision() == null
                || current.source().verdictRevision() < verdict.revision();
    }

    /** A claim not indexed yet is created with its label alone; its text, when it comes, is added to it. */
    private static BulkOperation labelling(Verdict verdict, GetResult<LabelOnly> current) {
        Map<String, Object> label = Map.of("claimId", verdict.claimId(), "articleId", verdict.articleId(),
                "label", verdict.label(), "verdictRevision", verdict.revision());
        return current.found()
                ? BulkOperation.of(op -> op.update(u -> u.index(INDEX).id(verdict.claimId()).ifSeqNo(current.seqNo())
                        .ifPrimaryTerm(current.primaryTerm()).action(a -> a.doc(label))))
                : BulkOperation.of(op -> op.create(c -> c.index(INDEX).id(verdict.claimId()).document(label)));
    }

    record LabelOnly(Integer verdictRevision) {
    }
}
