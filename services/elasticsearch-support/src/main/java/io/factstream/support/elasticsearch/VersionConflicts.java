package io.factstream.support.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.elasticsearch.client.ResponseException;

/**
 * Recognises Elasticsearch's 409 (a newer version is indexed, or a sequence number changed) whichever way the client
 * reports it: as an {@link ElasticsearchException}, or as the low-level client's {@link ResponseException}, thrown
 * as is or as the cause of another (seen for index requests with external versions).
 */
public final class VersionConflicts {
    public static final int CONFLICT = 409;

    private VersionConflicts() {
    }

    public static boolean isConflict(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ElasticsearchException elasticsearch && elasticsearch.status() == CONFLICT
                    || cause instanceof ResponseException response
                    && response.getResponse().getStatusLine().getStatusCode() == CONFLICT) {
                return true;
            }
        }
        return false;
    }
}
