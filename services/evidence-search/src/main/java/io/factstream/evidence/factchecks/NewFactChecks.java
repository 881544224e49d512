package io.factstream.evidence.factchecks;

import static io.factstream.support.elasticsearch.VectorSearch.sourceWithVectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.factstream.reference.factchecks.FactCheckDocument;
import io.factstream.reference.factchecks.FactCheckIndex;
import io.factstream.support.elasticsearch.VersionConflicts;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fact-checks imported since the claims were last re-checked against them, handed out to one evidence-search
 * instance at a time: an instance takes a fact-check by setting its lease ({@value #LEASE_FIELD}) on the version it
 * read, so two instances never take the same one, and marks it re-checked ({@value #RECHECKED_FIELD}) once the fresh
 * rounds are in Kafka. A fact-check whose instance stopped before that is taken again when its lease ends.
 */
final class NewFactChecks {
    static final String RECHECKED_FIELD = "rechecked_at";
    static final String LEASE_FIELD = "recheck_leased_until";
    static final Duration LEASE = Duration.ofMinutes(5);

    /** A fact-check taken for re-checking, with its id. */
    record Taken(String id, FactCheckDocument factCheck) {
    }

    private final ElasticsearchClient client;
    private final String index;

    NewFactChecks(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Up to {@code size} fact-checks not re-checked yet and not leased to another instance, now leased to this one. */
    List<Taken> take(int size, Instant now) throws IOException {
        List<Hit<FactCheckDocument>> due = client.search(search -> search.index(index).size(size)
                .source(sourceWithVectors()).seqNoPrimaryTerm(true)
                .sort(sort -> sort.field(field -> field.field(FactCheckIndex.IMPORTED_AT_FIELD).order(SortOrder.Asc)))
                .query(q -> q.bool(b -> b
                        .mustNot(n -> n.exists(e -> e.field(RECHECKED_FIELD)))
                        .mustNot(n -> n.range(r -> r.date(d -> d.field(LEASE_FIELD).gt(now.toString())))))),
                FactCheckDocument.class).hits().hits();
        List<Taken> taken = new ArrayList<>();
        for (Hit<FactCheckDocument> hit : due) {
            if (lease(hit, now.plus(LEASE))) {
                taken.add(new Taken(hit.id(), hit.source()));
            }
        }
        return taken;
    }

    void markRechecked(List<Taken> taken, Instant now) throws IOException {
        if (taken.isEmpty()) {
            return;
        }
        client.bulk(bulk -> {
            taken.forEach(each -> bulk.operations(op -> op.update(u -> u.index(index).id(each.id())
                    .action(a -> a.doc(Map.of(RECHECKED_FIELD, now.toString()))))));
            return bulk;
        });
    }

    /** Sets the lease on the version read; false when another instance changed it since (409). */
    private boolean lease(Hit<FactCheckDocument> hit, Instant until) throws IOException {
        try {
            client.update(u -> u.index(index).id(hit.id()).ifSeqNo(hit.seqNo()).ifPrimaryTerm(hit.primaryTerm())
                    .doc(Map.of(LEASE_FIELD, until.toString())), Map.class);
            return true;
        } catch (ElasticsearchException e) {
            if (VersionConflicts.isConflict(e)) {
                return false;
            }
            throw e;
        }
    }
}
