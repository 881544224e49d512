package io.factstream.corpus.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.factstream.corpus.read.CorpusRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One batch's documents, indexed by id in one bulk request; each knows the record it came from, so that what
 * Elasticsearch refuses is reported as that record, once, with Elasticsearch's reason.
 */
public final class BulkWrite<D> {
    private final BulkRequest.Builder bulk;
    private final List<CorpusRecord.Parsed<D>> owners = new ArrayList<>();

    public BulkWrite(String index) {
        this.bulk = new BulkRequest.Builder().index(index);
    }

    public void index(CorpusRecord.Parsed<D> owner, String id, Object document) {
        bulk.operations(op -> op.index(i -> i.id(id).document(document)));
        owners.add(owner);
    }

    /** How many documents were added. */
    public int size() {
        return owners.size();
    }

    /** Sends the request; the records whose documents were refused. */
    public List<CorpusRecord.Rejected<D>> send(ElasticsearchClient client) throws IOException {
        BulkResponse response = client.bulk(bulk.build());
        return response.errors() ? refused(response.items()) : List.of();
    }

    private List<CorpusRecord.Rejected<D>> refused(List<BulkResponseItem> items) {
        Map<Long, CorpusRecord.Rejected<D>> refused = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).error() != null) {
                CorpusRecord.Parsed<D> owner = owners.get(i);
                refused.putIfAbsent(owner.number(), new CorpusRecord.Rejected<>(owner.number(), owner.location(),
                        "refused by Elasticsearch: " + items.get(i).error().reason()));
            }
        }
        return List.copyOf(refused.values());
    }
}
