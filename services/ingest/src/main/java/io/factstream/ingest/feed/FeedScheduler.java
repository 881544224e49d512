package io.factstream.ingest.feed;

import io.factstream.ingest.intake.ArticleIntake;
import io.factstream.support.resilience.Backoff;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Polls the configured feeds in the background and hands their articles to the intake as source {@code feed}. */
@Startup // a misconfigured feed URL fails the start, not every tick
@ApplicationScoped
public class FeedScheduler {
    private final ExecutorService polls = Executors.newVirtualThreadPerTaskExecutor();
    private final FeedPoller poller;

    public FeedScheduler(FeedsConfig config, ArticleIntake intake, Clock clock) {
        poller = new FeedPoller(config.urls().orElse(List.of()), new FeedReader(config.timeout()),
                submission -> intake.accept(submission, "feed"),
                new Backoff(config.interval(), config.maxBackoff()), clock, polls);
    }

    // Each feed keeps its own schedule; the tick only starts the polls that are due.
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollDueFeeds() {
        poller.pollDueFeeds();
    }

    @PreDestroy
    void stop() {
        polls.shutdownNow();
    }
}
