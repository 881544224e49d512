package io.factstream.ingest.feed;

import io.factstream.ingest.article.ArticleSubmission;

/**
 * One item of a feed, as the poller sees it.
 *
 * <p>{@code key} identifies the item within its feed across polls: its guid or Atom id, else its link.
 */
public sealed interface FeedItem {

    String key();

    /** An item that can be submitted as an article. */
    record Usable(String key, ArticleSubmission submission) implements FeedItem {
    }

    /** An item that cannot become an article, with the reason why. */
    record Unusable(String key, String reason) implements FeedItem {
    }
}
