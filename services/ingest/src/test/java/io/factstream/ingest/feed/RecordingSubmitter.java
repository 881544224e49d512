package io.factstream.ingest.feed;

import io.factstream.ingest.article.ArticleSubmission;
import io.factstream.ingest.article.InvalidArticleException;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the intake: records every submission, and fails those whose URL the test named,
 * once with a transient error or always as invalid.
 */
final class RecordingSubmitter implements ArticleSubmitter {
    private final List<String> submittedUrls = new ArrayList<>();
    private final Map<String, RuntimeException> failOnce = new HashMap<>();
    private final Map<String, String> invalid = new HashMap<>();

    void failOnce(String url, RuntimeException failure) {
        failOnce.put(url, failure);
    }

    void rejectAsInvalid(String url, String reason) {
        invalid.put(url, reason);
    }

    List<String> submittedUrls() {
        return submittedUrls;
    }

    @Override
    public synchronized Uni<?> submit(ArticleSubmission submission) {
        submittedUrls.add(submission.url());
        if (invalid.containsKey(submission.url())) {
            throw InvalidArticleException.badRequest(invalid.get(submission.url()));
        }
        RuntimeException failure = failOnce.remove(submission.url());
        return failure == null ? Uni.createFrom().item(submission) : Uni.createFrom().failure(failure);
    }
}
