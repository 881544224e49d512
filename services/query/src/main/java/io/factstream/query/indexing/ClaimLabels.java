package io.factstream.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factstream.contracts.Verdict;
import io.factstream.support.elasticsearch.ReadThenWrite;
import io.factstream.support.elasticsearch.ReadThenWrite.Change;
import io.factstream.support.elasticsearch.ReadThenWrite.Write;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Copies each claim's newest verdict label, and whether an editor set it, into the claims index, where search
 * filters on them. The claims are read
 * together and each is written back only if nobody wrote it in between ({@link ReadThenWrite}; Elasticsearch here
 * has no scripting language). A claim is read and written whole, as it is stored, so its other fields stay.
 */
@ApplicationScoped
public class ClaimLabels {
    private static final String INDEX = ResultIndex.CLAIMS.indexName();

    private final ElasticsearchClient client;

    public ClaimLabels(ElasticsearchClient client) {
        this.client = client;
    }

    /** Labels each claim with the newest of {@code verdicts} on it, unless the claim carries a newer one already. */
    public void record(Collection<Verdict> verdicts) throws IOException {
        Collection<Verdict> newestPerClaim = verdicts.stream().collect(Collectors.toMap(Verdict::claimId,
                verdict -> verdict, BinaryOperator.maxBy(Comparator.comparingInt(Verdict::revision)))).values();
        ReadThenWrite.changeAll(client, INDEX, ObjectNode.class, newestPerClaim.stream()
                .map(verdict -> new Change<ObjectNode, Void>(verdict.claimId(), claim -> labelled(claim, verdict)))
                .toList());
    }

    /** A claim not indexed yet is created with its label alone; its text, when it comes, is added to it. */
    private static Write<ObjectNode, Void> labelled(ObjectNode claim, Verdict verdict) {
        if (claim != null && claim.path("verdictRevision").asInt(0) >= verdict.revision()) {
            return new Write<>(null, null);
        }
        ObjectNode labelled = claim == null ? JsonNodeFactory.instance.objectNode() : claim.deepCopy();
        labelled.put("claimId", verdict.claimId()).put("articleId", verdict.articleId())
                .put("label", verdict.label().name()).put("verdictRevision", verdict.revision())
                .put("editorial", verdict.editorial());
        return new Write<>(labelled, null);
    }
}
