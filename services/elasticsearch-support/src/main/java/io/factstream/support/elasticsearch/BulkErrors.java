package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch.core.BulkResponse;

/** What a bulk request with errors says went wrong, for the exception that reports it. */
final class BulkErrors {
    private BulkErrors() {
    }

    /** The reason Elasticsearch gave for the first rejected item, or "" when it gave none. */
    static String firstReason(BulkResponse response) {
        return response.items().stream().filter(item -> item.error() != null).findFirst()
                .map(item -> item.error().reason()).orElse("");
    }
}
