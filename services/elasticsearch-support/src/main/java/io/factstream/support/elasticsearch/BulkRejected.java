package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A bulk request that Elasticsearch answered but refused items of. The request as a whole succeeds, so the client
 * throws nothing; each item carries its own status. While Elasticsearch starts, a shard it has not recovered yet
 * refuses its items with 503 while other shards accept theirs: such a refusal is {@link #onlyUnavailable()} and worth
 * trying again, as every write here is idempotent (by id, upsert or versioned).
 */
public final class BulkRejected extends IOException {
    private final List<Integer> statuses;

    private BulkRejected(String message, List<Integer> statuses) {
        super(message);
        this.statuses = statuses;
    }

    /** Throws when any item of {@code response} was refused; {@code what} says what was written. */
    public static void throwIfAny(BulkResponse response, String what) throws BulkRejected {
        if (response.errors()) {
            throwIfAny(response.items(), response.items().size(), what);
        }
    }

    /** Throws when any of {@code items}, some of the {@code total} items of a bulk request, was refused. */
    public static void throwIfAny(List<BulkResponseItem> items, int total, String what) throws BulkRejected {
        List<BulkResponseItem> refused = items.stream().filter(item -> item.error() != null).toList();
        if (refused.isEmpty()) {
            return;
        }
        String reason = refused.stream().map(item -> item.error().reason()).filter(Objects::nonNull).findFirst()
                .orElse("no reason given");
        throw new BulkRejected(String.format("Elasticsearch refused %d of %d items writing %s, first: %s",
                refused.size(), total, what, reason),
                refused.stream().map(BulkResponseItem::status).toList());
    }

    /** Every refused item was refused because Elasticsearch could not serve it now (no shard yet, too busy). */
    public boolean onlyUnavailable() {
        return !statuses.isEmpty() && statuses.stream().allMatch(ElasticsearchUnavailable::isUnavailableStatus);
    }
}
