package io.factstream.spectrum.clustering;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.factstream.support.elasticsearch.Indices;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every article with the story it belongs to, in Elasticsearch: the state that survives restarts. */
@ApplicationScoped
public class StoryIndex {
    static final String INDEX = "factstream-story-articles";
    private static final int MAX_STORY_SIZE = 500;
    private final ElasticsearchClient client;

    public StoryIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** Before the first use, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        Indices.ensure(client, INDEX, "elasticsearch/story-articles.json");
    }

    public Optional<StoryMember> find(String articleId) throws IOException {
        GetResponse<StoryMember> response = client.get(g -> g.index(INDEX).id(articleId), StoryMember.class);
        return Optional.ofNullable(response.source());
    }

    /** Articles published within {@code window} of {@code publishedAt} whose title or lead share words. */
    public List<StoryMember> candidates(String titleAndLead, Instant publishedAt, Duration window) throws IOException {
        return client.search(s -> s.index(INDEX).size(StoryMatcher.CANDIDATES).query(q -> q.bool(b -> b
                        .must(m -> m.multiMatch(mm -> mm.fields("title", "lead").query(titleAndLead)))
                        .filter(f -> f.range(r -> r.untyped(u -> u.field("publishedAt")
                                .gte(JsonData.of(publishedAt.minus(window).toString()))
                                .lte(JsonData.of(publishedAt.plus(window).toString()))))))),
                StoryMember.class).hits().hits().stream().map(Hit::source).toList();
    }

    /**
     * Saves without forcing a refresh, which would cost Elasticsearch a segment per article: the member is
     * searchable within the index's refresh interval (1 s).
     */
    public void save(StoryMember member) throws IOException {
        client.index(i -> i.index(INDEX).id(member.articleId()).document(member));
    }

    /** Makes every saved member searchable now. */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(INDEX));
    }

    /** The story's articles published within {@code window} of {@code publishedAt}: those a new article is compared with. */
    public List<StoryMember> membersAround(String storyId, Instant publishedAt, Duration window) throws IOException {
        return client.search(s -> s.index(INDEX).size(MAX_STORY_SIZE).query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field("storyId").value(FieldValue.of(storyId))))
                        .filter(f -> f.range(r -> r.untyped(u -> u.field("publishedAt")
                                .gte(JsonData.of(publishedAt.minus(window).toString()))
                                .lte(JsonData.of(publishedAt.plus(window).toString()))))))),
                StoryMember.class).hits().hits().stream().map(Hit::source).toList();
    }

    public List<StoryMember> members(String storyId) throws IOException {
        return client.search(s -> s.index(INDEX).size(MAX_STORY_SIZE)
                        .query(q -> q.term(t -> t.field("storyId").value(FieldValue.of(storyId))))
                        .sort(o -> o.field(f -> f.field("publishedAt"))),
                StoryMember.class).hits().hits().stream().map(Hit::source).toList();
    }
}
