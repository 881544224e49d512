package io.factstream.ingest.feed;

import io.factstream.ingest.article.InvalidArticleException;
import io.factstream.support.resilience.Backoff;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Polls each feed when it is due and submits the items it has not accepted from that feed before.
 * Every feed has a schedule of its own (the poll interval, backed off while the feed fails) and is
 * polled on the executor, so a slow or failing feed never holds up the others.
 *
 * <p>An item counts as seen once the submitter accepted it or rejected it as invalid. The validators
 * of a 200 answer are kept only when all its items were seen: otherwise the next poll would get a 304
 * and never retry the items that failed.
 */
public class FeedPoller {
    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final List<FeedState> feeds;
    private final FeedReader reader;
    private final ArticleSubmitter submitter;
    private final Backoff backoff;
    private final Clock clock;
    private final Executor executor;

    public FeedPoller(List<URI> urls, FeedReader reader, ArticleSubmitter submitter, Backoff backoff, Clock clock,
            Executor executor) {
        Instant now = clock.instant();
        this.feeds = new LinkedHashSet<>(urls).stream().map(FeedPoller::requireHttpUrl)
                .map(url -> new FeedState(url, now)).toList();
        this.reader = reader;
        this.submitter = submitter;
        this.backoff = backoff;
        this.clock = clock;
        this.executor = executor;
    }

    /** Starts a poll of every feed that is due and not being polled already. */
    public void pollDueFeeds() {
        Instant now = clock.instant();
        for (FeedState feed : feeds) {
            if (feed.isDue(now) && feed.tryStartPolling()) {
                executor.execute(() -> feed.finishPolling(poll(feed)));
            }
        }
    }

    /** @return when to poll the feed next */
    private Instant poll(FeedState feed) {
        FeedResponse response;
        try {
            response = reader.read(feed.url(), feed.validators());
        } catch (FeedReadException | RuntimeException e) {
            int failures = feed.recordFailure();
            Duration delay = backoff.delayAfter(failures);
            LOG.warnf("Feed %s could not be read (failure %d in a row), next attempt in %s: %s", feed.url(), failures,
                    delay, e.getMessage());
            return clock.instant().plus(delay);
        }
        if (feed.consecutiveFailures() > 0) {
            LOG.infof("Feed %s is readable again after %d failures", feed.url(), feed.consecutiveFailures());
            feed.recordSuccess();
        }
        if (response instanceof FeedResponse.Fetched fetched && submitNewItems(feed, fetched.items())) {
            feed.validators(fetched.validators());
        }
        return clock.instant().plus(backoff.delayAfter(0));
    }

    /** @return whether every item is seen now; when one could not be submitted, the rest waits for the next poll */
    private boolean submitNewItems(FeedState feed, List<FeedItem> items) {
        for (FeedItem item : items) {
            if (feed.seenItems().contains(item.key())) {
                continue;
            }
            switch (item) {
                case FeedItem.Unusable unusable -> LOG.warnf("Feed %s: item %s cannot become an article, skipped: %s",
                        feed.url(), unusable.key(), unusable.reason());
                case FeedItem.Usable usable -> {
                    if (!submit(feed, usable)) {
                        return false;
                    }
                }
            }
            feed.seenItems().add(item.key());
        }
        return true;
    }

    private boolean submit(FeedState feed, FeedItem.Usable item) {
        try {
            // No timeout of our own: the Kafka sink's retry and delivery settings decide when a send has failed,
            // and while Kafka is down this feed rightly waits.
            submitter.submit(item.submission()).await().indefinitely();
        } catch (InvalidArticleException e) {
            LOG.warnf("Feed %s: item %s is not a valid article, skipped: %s", feed.url(), item.key(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf("Feed %s: item %s was not accepted, retrying it with the rest of the feed at the next poll: %s",
                    feed.url(), item.key(), e.toString());
            return false;
        }
        return true;
    }

    private static URI requireHttpUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("a feed URL must be an absolute http(s) URL, got: " + url);
        }
        return url;
    }
}
