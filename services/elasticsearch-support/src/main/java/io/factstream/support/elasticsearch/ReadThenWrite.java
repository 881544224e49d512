package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.util.function.Function;

/**
 * Changes one document by id: read it, then write it only if nobody wrote in between, else read again (optimistic
 * concurrency: several instances may change one document at the same moment; Elasticsearch here runs without a
 * scripting language, so no scripted update). Reads and writes by id are real time: no refresh is needed to see
 * the last write.
 */
public final class ReadThenWrite {
    private static final int ATTEMPTS = 5;

    private ReadThenWrite() {
    }

    /** @param document what to store, or null to store nothing */
    public record Write<D, T>(D document, T answer) {
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
}
