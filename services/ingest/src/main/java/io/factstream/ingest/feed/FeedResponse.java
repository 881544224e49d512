package io.factstream.ingest.feed;

import java.util.List;

/** What a feed answered to a (conditional) GET. */
public sealed interface FeedResponse {

    /** 304: nothing changed since the validators were issued. */
    record NotModified() implements FeedResponse {
    }

    /** 200: the feed's items, and the validators to send next time. */
    record Fetched(List<FeedItem> items, CacheValidators validators) implements FeedResponse {
    }
}
