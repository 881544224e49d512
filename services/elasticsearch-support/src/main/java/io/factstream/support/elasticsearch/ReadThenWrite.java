package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Changes one document by id: read it, then write it only if nobody wrote in between, else read again (optimistic
 * concurrency: several instances may change one document at the same moment; Elasticsearch here runs without a
 * scripting language, so no scripted update). Reads and writes by id are real time: no refresh is needed to see
 * the last write. Several documents are changed with one read and one write request, as one request each would
 * cost Elasticsearch far more than the work they carry.
 */
public final class ReadThenWrite {
    private static final int ATTEMPTS = 5;

    private ReadThenWrite() {
    }

    /** @param document what to store, or null to store nothing */
    public record Write<D, T>(D document, T answer) {
    }

    /** The change of one document among several: {@code change} as in {@link #change}. */
    public record Change<D, T>(String id, Function<D, Write<D, T>> change) {
    }

    /**
     * @param change from the document as stored (null if there is none), what to store and answer
     * @return the answer of the change that was stored
     */
    public static <D, T> T change(ElasticsearchClient client, String index, String id, Class<D> type,
            Function<D, Write<D, T>> change) throws IOException {
        for (int attempt = 1; ; attempt++) {
            GetResponse<D> current = client.get(g -> g.index(index).id(id), type);
            Write<D, T> write = change.apply(current.found() ? current.source() : null);
            try {
                if (write.document() != null && !current.found()) {
                    client.index(i -> i.index(index).id(id).document(write.document()).opType(OpType.Create));
                } else if (write.document() != null) {
                    client.index(i -> i.index(index).id(id).document(write.document()).ifSeqNo(current.seqNo())
                            .ifPrimaryTerm(current.primaryTerm()));
                }
                return write.answer();
            } catch (ElasticsearchException | IOException e) {
                if (!VersionConflicts.isConflict(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Changes several documents of one index, each as {@link #change} would: one read of them all, one write of
     * every change. A document that someone else wrote in between (or that could not be read) is then changed on
     * its own, read again.
     *
     * @param changes one per document, with distinct ids
     * @return the answers of the changes that were stored, in the order of {@code changes}
     */
    public static <D, T> List<T> changeAll(ElasticsearchClient client, String index, Class<D> type,
            List<Change<D, T>> changes) throws IOException {
        List<String> ids = changes.stream().map(Change::id).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("documents to change must be distinct: " + ids);
        }
        if (changes.isEmpty()) {
            return List.of();
        }
        List<MultiGetResponseItem<D>> stored = client.mget(m -> m.index(index).ids(ids), type).docs();
        List<T> answers = new ArrayList<>();
        List<BulkOperation> writes = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!stored.get(i).isResult()) {
                answers.add(null);
                again.add(i);
                continue;
            }
            GetResult<D> current = stored.get(i).result();
            Write<D, T> write = changes.get(i).change().apply(current.found() ? current.source() : null);
            answers.add(write.answer());
            if (write.document() != null) {
                writes.add(writing(index, current, write.document()));
                written.add(i);
            }
        }
        if (!writes.isEmpty()) {
            BulkResponse response = client.bulk(bulk -> bulk.operations(writes));
            List<BulkResponseItem> refused = new ArrayList<>();
            for (int w = 0; w < written.size(); w++) {
                BulkResponseItem item = response.items().get(w);
                if (item.status() == VersionConflicts.CONFLICT) {
                    again.add(written.get(w));
                } else if (item.error() != null) {
                    refused.add(item);
                }
            }
            BulkRejected.throwIfAny(refused, writes.size(), "documents of " + index);
        }
        for (int i : again.stream().sorted().toList()) {
            Change<D, T> change = changes.get(i);
            answers.set(i, change(client, index, change.id(), type, change.change()));
        }
        return answers;
    }

    private static <D> BulkOperation writing(String index, GetResult<D> current, D document) {
        return current.found()
                ? BulkOperation.of(op -> op.index(i -> i.index(index).id(current.id()).document(document)
                        .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())))
                : BulkOperation.of(op -> op.create(c -> c.index(index).id(current.id()).document(document)));
    }
}
