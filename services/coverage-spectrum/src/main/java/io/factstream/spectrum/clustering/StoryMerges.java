package io.factstream.spectrum.clustering;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.support.elasticsearch.Indices;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;

/** Which stories were merged into which, in Elasticsearch: a merged story's id redirects to the one it joined. */
@ApplicationScoped
public class StoryMerges {
    static final String INDEX = "factstream-story-merges";
    /** Longer chains than this would mean a cycle, which merging into the earliest story cannot make. */
    private static final int MAX_HOPS = 20;
    private final ElasticsearchClient client;

    public StoryMerges(ElasticsearchClient client) {
        this.client = client;
    }

    @PostConstruct
    void createIndex() {
        Indices.ensure(client, INDEX, "elasticsearch/story-merges.json");
    }

    public void record(String storyId, String mergedInto) throws IOException {
        client.index(i -> i.index(INDEX).id(storyId).document(new Merge(storyId, mergedInto, Instant.now())));
    }

    /** The story that {@code storyId} is now part of: itself unless it was merged. Reads in real time. */
    public String resolve(String storyId) throws IOException {
        String current = storyId;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            String id = current;
            Merge merge = client.get(g -> g.index(INDEX).id(id), Merge.class).source();
            if (merge == null) {
                return current;
            }
            current = merge.mergedInto();
        }
        throw new IllegalStateException("story merges of " + storyId + " form a cycle");
    }

    record Merge(String storyId, String mergedInto, Instant mergedAt) {
    }
}
