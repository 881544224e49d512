package io.factstream.query.stories;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.factstream.contracts.StoryUpdate;
import io.factstream.query.indexing.ResultIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The latest stories, newest change first, or those whose titles match words, best match first; a story merged into
 * another is listed as that one.
 */
@ApplicationScoped
public class StoryListing {
    public static final int MAX_SIZE = 100;
    private final ElasticsearchClient client;

    public StoryListing(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @param words   words that the story's title or one of its articles' titles all contain (stemmed); null for any
     * @param since   only stories changed at or after it; null for all
     * @param gapOnly only stories whose coverage names a gap
     */
    public StoryPage find(String words, Instant since, boolean gapOnly, int page, int size) throws IOException {
        boolean hasWords = words != null && !words.isBlank();
        SearchResponse<StoryUpdate> response = client.search(s -> {
            s.index(ResultIndex.STORIES.indexName()).query(q -> q.bool(b -> {
                b.mustNot(m -> m.exists(e -> e.field("mergedInto")));
                if (hasWords) {
                    b.must(m -> m.multiMatch(t -> t.fields("title", "articles.title").query(words)
                            .type(TextQueryType.CrossFields).operator(Operator.And)));
                }
                if (since != null) {
                    b.filter(f -> f.range(r -> r.untyped(u -> u.field("updatedAt")
                            .gte(JsonData.of(since.toString())))));
                }
                if (gapOnly) {
                    b.filter(f -> f.exists(e -> e.field("coverage.gap")));
                }
                return b;
            })).from(page * size).size(size).trackTotalHits(t -> t.enabled(true));
            if (hasWords) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            return s.sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("storyId").order(SortOrder.Asc)));
        }, StoryUpdate.class);
        List<StoryUpdate> stories = response.hits().hits().stream().map(Hit::source).toList();
        long total = response.hits().total() == null ? stories.size() : response.hits().total().value();
        return new StoryPage(total, page, size, stories);
    }

    /** One page of stories; {@code total} counts every match. */
    public record StoryPage(long total, int page, int size, List<StoryUpdate> stories) {
    }
}
