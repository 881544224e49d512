package io.factstream.ingest.feed;

import io.factstream.ingest.article.ArticleSubmission;
import io.smallrye.mutiny.Uni;

/** Where the poller hands the articles of a feed; in production the intake. */
@FunctionalInterface
public interface ArticleSubmitter {

    /**
     * @return completes once the article is durably accepted
     * @throws io.factstream.ingest.article.InvalidArticleException (right away or through the Uni) when
     *         the submission can never become an article
     */
    Uni<?> submit(ArticleSubmission submission);
}
