package io.factstream.query.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.StoryUpdate;
import io.factstream.contracts.Verdict;
import io.factstream.query.indexing.ArticleAnalysis;
import io.factstream.query.indexing.ClaimDocument;
import io.factstream.query.indexing.LabelChange;
import io.factstream.query.indexing.ResultIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the indexed results that make up an article report, and single results by id. */
@ApplicationScoped
public class ResultReader {
    private static final int MAX_CLAIMS = 1_000;
    /** A story merged into one merged on in turn; more would mean a cycle, which clustering never makes. */
    static final int MAX_MERGES = 10;
    private final ElasticsearchClient client;

    public ResultReader(ElasticsearchClient client) {
        this.client = client;
    }

    public Optional<ArticleReport> report(String articleId) throws IOException {
        ArticleIngested article = article(articleId).orElse(null);
        if (article == null) {
            return Optional.empty();
        }
        List<ClaimDocument> claims = byArticle(ResultIndex.CLAIMS, "articleId", articleId, ClaimDocument.class);
        List<Verdict> verdicts = byArticle(ResultIndex.VERDICTS, "articleId", articleId, Verdict.class);
        StoryUpdate story = byArticle(ResultIndex.STORIES, "articles.articleId", articleId, StoryUpdate.class)
                .stream().findFirst().orElse(null);
        ArticleAnalysis analysis = byId(ResultIndex.ANALYSES, articleId, ArticleAnalysis.class).orElse(null);
        return Optional.of(ReportAssembler.assemble(article, analysis, claims, verdicts, story));
    }

    public Optional<ArticleIngested> article(String articleId) throws IOException {
        return byId(ResultIndex.ARTICLES, articleId, ArticleIngested.class);
    }

    public Optional<ClaimDocument> claim(String claimId) throws IOException {
        return byId(ResultIndex.CLAIMS, claimId, ClaimDocument.class);
    }

    /** The verdicts index keeps only a claim's newest revision, under the claim's id. */
    public Optional<Verdict> newestVerdict(String claimId) throws IOException {
        return byId(ResultIndex.VERDICTS, claimId, Verdict.class);
    }

    public Optional<StoryUpdate> story(String storyId) throws IOException {
        return byId(ResultIndex.STORIES, storyId, StoryUpdate.class);
    }

    /** The story, or the one it was merged into if it was (at most {@value #MAX_MERGES} merges on). */
    public Optional<StoryUpdate> currentStory(String storyId) throws IOException {
        Optional<StoryUpdate> story = story(storyId);
        for (int merges = 0; merges < MAX_MERGES && story.isPresent() && story.get().mergedInto() != null; merges++) {
            story = story(story.get().mergedInto());
        }
        return story.filter(found -> found.mergedInto() == null);
    }

    /** The {@code limit} newest label changes of the claims of {@code articleIds}, newest first. */
    public List<LabelChange> labelChanges(List<String> articleIds, int limit) throws IOException {
        List<FieldValue> ids = articleIds.stream().map(FieldValue::of).toList();
        return client.search(s -> s.index(ResultIndex.LABEL_CHANGES.indexName()).size(limit)
                        .query(q -> q.terms(t -> t.field("articleId").terms(v -> v.value(ids))))
                        .sort(o -> o.field(f -> f.field("decidedAt").order(SortOrder.Desc))), LabelChange.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    /** The newest verdicts decided at or after {@code since}, oldest first: what a reconnecting dashboard missed. */
    public List<Verdict> verdictsSince(Instant since, int limit) throws IOException {
        return client.search(s -> s.index(ResultIndex.VERDICTS.indexName()).size(limit)
                        .query(q -> q.range(r -> r.untyped(u -> u.field("decidedAt")
                                .gte(JsonData.of(since.toString())))))
                        .sort(o -> o.field(f -> f.field("decidedAt").order(SortOrder.Asc))), Verdict.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    /** The {@code count} verdicts decided last, oldest first. */
    public List<Verdict> latestVerdicts(int count) throws IOException {
        List<Verdict> newestFirst = client.search(s -> s.index(ResultIndex.VERDICTS.indexName()).size(count)
                        .sort(o -> o.field(f -> f.field("decidedAt").order(SortOrder.Desc))), Verdict.class)
                .hits().hits().stream().map(Hit::source).toList();
        return newestFirst.reversed();
    }

    private <T> Optional<T> byId(ResultIndex index, String id, Class<T> type) throws IOException {
        return Optional.ofNullable(client.get(g -> g.index(index.indexName()).id(id), type).source());
    }

    private <T> List<T> byArticle(ResultIndex index, String field, String articleId, Class<T> type) throws IOException {
        return client.search(s -> s.index(index.indexName()).size(MAX_CLAIMS)
                        .query(q -> q.term(t -> t.field(field).value(FieldValue.of(articleId)))), type)
                .hits().hits().stream().map(Hit::source).toList();
    }
}
