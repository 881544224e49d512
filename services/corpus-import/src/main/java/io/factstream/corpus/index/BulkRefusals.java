package io.factstream.corpus.index;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.factstream.corpus.read.CorpusRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records whose documents a bulk request refused, each once with Elasticsearch's reason. */
public final class BulkRefusals {
    private BulkRefusals() {
    }

    /** @param owners the record of each operation of the request, in order */
    public static <D> List<CorpusRecord.Rejected<D>> of(List<BulkResponseItem> items, List<CorpusRecord.Parsed<D>> owners) {
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
