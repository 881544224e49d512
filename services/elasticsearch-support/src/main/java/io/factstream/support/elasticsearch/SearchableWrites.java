package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.util.List;

/**
 * Writes documents, of one index or several, in one bulk request that returns once searches see them: it waits for
 * the indices' next periodic refresh ({@code refresh=wait_for}) rather than forcing one. A forced refresh per request
 * makes a segment per request, each indexed into the vector graph and merged again later; waiting costs the writer
 * up to a refresh interval, and however many writers wait, the index refreshes once per interval.
 */
public final class SearchableWrites {
    private SearchableWrites() {
    }

    public static void write(ElasticsearchClient client, List<BulkOperation> operations) throws IOException {
        if (operations.isEmpty()) {
            return;
        }
        BulkRejected.throwIfAny(client.bulk(bulk -> bulk.operations(operations).refresh(Refresh.WaitFor)),
                "documents");
    }
}
