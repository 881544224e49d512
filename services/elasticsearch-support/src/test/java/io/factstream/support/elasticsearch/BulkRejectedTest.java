package io.factstream.support.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BulkRejectedTest {
    private final ElasticsearchUnavailable unavailable = new ElasticsearchUnavailable();

    @Test
    void aBulkWithEveryItemAcceptedThrowsNothing() {
        assertDoesNotThrow(() -> BulkRejected.throwIfAny(response(accepted("a"), accepted("b")), "claims"));
    }

    @Test
    void itemsRefusedByAShardNotRecoveredYetAreTriedAgain() {
        BulkRejected rejected = assertThrows(BulkRejected.class, () -> BulkRejected.throwIfAny(
                response(accepted("analysis"), refused("claim-1", 503, "primary shard is not active")), "claims"));
        assertTrue(rejected.getMessage().contains("1 of 2 items"), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("primary shard is not active"), rejected.getMessage());
        assertTrue(unavailable.isTransient(rejected));
    }

    @Test
    void itemsRefusedByABusyNodeAreTriedAgain() {
        assertTrue(unavailable.isTransient(assertThrows(BulkRejected.class, () -> BulkRejected.throwIfAny(
                response(refused("a", 429, "rejected execution"), refused("b", 503, "no shard")), "passages"))));
    }

    @Test
    void anItemRefusedForWhatItHoldsIsAFailure() {
        assertFalse(unavailable.isTransient(assertThrows(BulkRejected.class, () -> BulkRejected.throwIfAny(
                response(refused("a", 503, "no shard"), refused("b", 400, "failed to parse field [start]")),
                "claims"))));
    }

    private static BulkResponse response(BulkResponseItem... items) {
        return BulkResponse.of(b -> b.took(1).errors(Arrays.stream(items).anyMatch(item -> item.error() != null))
                .items(Arrays.asList(items)));
    }

    private static BulkResponseItem accepted(String id) {
        return BulkResponseItem.of(i -> i.operationType(OperationType.Index).index("factstream-claims").id(id)
                .status(201));
    }

    private static BulkResponseItem refused(String id, int status, String reason) {
        return BulkResponseItem.of(i -> i.operationType(OperationType.Index).index("factstream-claims").id(id)
                .status(status).error(e -> e.type("refused").reason(reason)));
    }
}
