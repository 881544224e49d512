package io.factstream.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.factstream.contracts.Verdict;
import io.factstream.support.elasticsearch.BulkRejected;
import io.factstream.support.elasticsearch.VersionConflicts;
import io.factstream.support.resilience.TransientFailures;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

/**
 * Indexes verdicts, the label changes they make ({@link LabelChange}) and their claims' labels. The verdicts that
 * arrive together go in one bulk request and their labels in one read and one write ({@link GroupCommit}): one
 * request per verdict for each was most of what Elasticsearch did for this service under load. Each verdict keeps
 * its own outcome, so a bad one alone is dead-lettered.
 */
@ApplicationScoped
public class VerdictWrites {
    private static final int MAX_BATCH = 100;

    private final ElasticsearchClient client;
    private final ClaimLabels claimLabels;
    private final GroupCommit<Verdict> commits;

    public VerdictWrites(ElasticsearchClient client, ClaimLabels claimLabels, TransientFailures failures) {
        this.client = client;
        this.claimLabels = claimLabels;
        this.commits = new GroupCommit<>(this::writeAll, MAX_BATCH, failures::anyCauseTransient);
    }

    /** Returns once {@code verdict} is indexed and labels its claim, or is older than what both hold already. */
    public void write(Verdict verdict) throws IOException {
        commits.write(verdict);
    }

    private void writeAll(List<Verdict> verdicts) throws IOException {
        BulkResponse response = client.bulk(bulk -> bulk.operations(verdicts.stream().map(verdict -> BulkOperation.of(
                op -> op.index(i -> i.index(ResultIndex.VERDICTS.indexName()).id(verdict.claimId())
                        .versionType(VersionType.ExternalGte).version((long) verdict.revision()).document(verdict))))
                .toList()).operations(verdicts.stream().flatMap(verdict -> LabelChange.of(verdict).stream())
                .map(change -> BulkOperation.of(op -> op.index(i -> i.index(ResultIndex.LABEL_CHANGES.indexName())
                        .id(change.documentId()).document(change)))).toList()));
        // A conflict is a newer revision indexed already: that verdict is done with.
        BulkRejected.throwIfAny(response.items().stream()
                .filter(item -> item.status() != VersionConflicts.CONFLICT).toList(), verdicts.size(), "verdicts");
        claimLabels.record(verdicts);
    }
}
