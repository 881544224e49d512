package io.factstream.query.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.StoryUpdate;
import io.factstream.contracts.Verdict;
import io.factstream.support.elasticsearch.BulkRejected;
import io.factstream.support.elasticsearch.EarlierRevisions;
import io.factstream.support.elasticsearch.VersionConflicts;
import io.factstream.support.metrics.StageMetrics;
import io.factstream.support.resilience.RetryWhileUnavailable;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Indexes every result topic into Elasticsearch by deterministic id, so a record delivered twice
 * overwrites itself. Verdicts and stories carry an external version, so an older revision arriving
 * late never replaces a newer one. An article's claims replace those of its earlier revision, with their verdicts.
 */
@ApplicationScoped
public class ResultIndexer {
    /** A claim's label changes once per verdict revision (VerdictWrites), so a few retries get through. */
    private static final int CONFLICT_RETRIES = 5;

    private final ElasticsearchClient client;
    private final VerdictWrites verdictWrites;

    public ResultIndexer(ElasticsearchClient client, VerdictWrites verdictWrites) {
        this.client = client;
        this.verdictWrites = verdictWrites;
    }

    @Incoming("articles-ingested")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "query.index-article"})
    @Blocking
    @RetryWhileUnavailable
    public void article(ArticleIngested article) throws IOException {
        client.index(i -> i.index(ResultIndex.ARTICLES.indexName()).id(article.articleId()).document(article));
    }

    @Incoming("claims-extracted")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "query.index-claims"})
    @Blocking
    @RetryWhileUnavailable
    public void claims(ArticleClaims claims) throws IOException {
        List<BulkOperation> earlierClaims = EarlierRevisions.deletions(client, claims.articleId(),
                claims.claims().stream().map(ExtractedClaim::claimId).toList(), ResultIndex.CLAIMS.indexName());
        // Their verdicts by id (a verdict has its claim's id): a search would miss one indexed within the last second.
        List<BulkOperation> theirVerdicts = earlierClaims.stream().map(claim -> BulkOperation.of(op -> op.delete(
                d -> d.index(ResultIndex.VERDICTS.indexName()).id(claim.delete().id())))).toList();
        BulkResponse response = client.bulk(bulk -> {
            bulk.operations(op -> op.index(i -> i.index(ResultIndex.ANALYSES.indexName()).id(claims.articleId())
                    .document(new ArticleAnalysis(claims.articleId(), claims.topics(), claims.techniques(),
                            claims.sections()))));
            // An update, not a replacement: the claim's verdict label may be indexed already, or be written by
            // VerdictWrites at this moment (a conflict that Elasticsearch resolves by reading the document again).
            claims.claims().forEach(claim -> bulk.operations(op -> op.update(u -> u
                    .index(ResultIndex.CLAIMS.indexName()).id(claim.claimId()).retryOnConflict(CONFLICT_RETRIES)
                    .action(a -> a.docAsUpsert(true).doc(new ClaimDocument(claim.claimId(), claims.articleId(),
                            claim.text(), claim.start(), claim.end(), claim.checkworthiness(), claim.type(),
                            claim.speaker(), claims.outlet(), claims.publishedAt(), claims.topics()))))));
            return bulk.operations(earlierClaims).operations(theirVerdicts);
        });
        BulkRejected.throwIfAny(response, "the claims of article " + claims.articleId());
    }

    /**
     * Many verdicts at once, in any order (worker pool {@code verdict-writers}, its size set in
     * application.properties): the index keeps a claim's highest revision and a claim's label changes only to a
     * newer one, so the order they are written in changes nothing, and those waiting together are written together
     * ({@link VerdictWrites}).
     */
    @Incoming("verdicts")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "query.index-verdict"})
    @Blocking(value = "verdict-writers", ordered = false)
    @RetryWhileUnavailable
    public void verdict(Verdict verdict) throws IOException {
        verdictWrites.write(verdict);
    }

    @Incoming("stories")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "query.index-story"})
    @Blocking
    @RetryWhileUnavailable
    public void story(StoryUpdate story) throws IOException {
        indexUnlessStale(() -> client.index(i -> i.index(ResultIndex.STORIES.indexName()).id(story.storyId())
                .versionType(VersionType.ExternalGte).version(story.updatedAt().toEpochMilli()).document(story)));
    }

    private interface IndexCall {
        void run() throws IOException;
    }

    /** A stale record (Elasticsearch answers 409: a newer version is indexed) is done with, not an error. */
    private static void indexUnlessStale(IndexCall call) throws IOException {
        try {
            call.run();
        } catch (ElasticsearchException | IOException e) {
            if (!VersionConflicts.isConflict(e)) {
                throw e;
            }
        }
    }
}
