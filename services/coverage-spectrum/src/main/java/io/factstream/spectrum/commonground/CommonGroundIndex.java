package io.factstream.spectrum.commonground;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.contracts.Bias;
import io.factstream.contracts.CommonGround;
import io.factstream.support.elasticsearch.Indices;
import io.factstream.support.elasticsearch.ReadThenWrite;
import io.factstream.support.elasticsearch.ReadThenWrite.Write;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Each story's common ground in Elasticsearch, the state that survives restarts: one document per story, read and
 * written by its id. Reads by id are real time, so a story published right after a change has it without any
 * refresh (a document per claim, found by a search, cost a forced refresh for every change).
 */
@ApplicationScoped
public class CommonGroundIndex {
    static final String INDEX = "factstream-story-common-ground";
    private static final int MAX_PER_STORY = 100;

    private final ElasticsearchClient client;

    public CommonGroundIndex(ElasticsearchClient client) {
        this.client = client;
    }

    @PostConstruct
    void createIndex() {
        Indices.ensure(client, INDEX, "elasticsearch/story-common-ground.json");
    }

    /** Saves the claim's common ground in its story's; false when it was saved as is already. */
    public boolean save(String storyId, CommonGround ground) throws IOException {
        Stored stored = Stored.of(ground);
        return change(storyId, claims -> {
            List<Stored> changed = new ArrayList<>(claims);
            changed.removeIf(other -> other.claimId().equals(ground.claimId()));
            changed.add(stored);
            return changed;
        });
    }

    /** Forgets the claim's common ground; false when the story had none for it. */
    public boolean delete(String storyId, String claimId) throws IOException {
        return change(storyId, claims -> claims.stream().filter(other -> !other.claimId().equals(claimId)).toList());
    }

    /** When a story was merged into another, its common ground becomes that story's (added there first). */
    public void moveStory(String storyId, String mergedInto) throws IOException {
        List<Stored> moved = stored(storyId);
        change(mergedInto, claims -> {
            List<Stored> merged = new ArrayList<>(claims);
            moved.forEach(ground -> {
                merged.removeIf(other -> other.claimId().equals(ground.claimId()));
                merged.add(ground);
            });
            return merged;
        });
        change(storyId, claims -> List.of());
    }

    /** The story's common ground, by claim id, at most {@value #MAX_PER_STORY}. */
    public List<CommonGround> ofStory(String storyId) throws IOException {
        return stored(storyId).stream().limit(MAX_PER_STORY).map(Stored::toCommonGround).toList();
    }

    private List<Stored> stored(String storyId) throws IOException {
        StoryGround story = client.get(g -> g.index(INDEX).id(storyId), StoryGround.class).source();
        return story == null ? List.of() : story.claims();
    }

    /** @return whether the story's common ground changed */
    private boolean change(String storyId, UnaryOperator<List<Stored>> change) throws IOException {
        return ReadThenWrite.change(client, INDEX, storyId, StoryGround.class, story -> {
            List<Stored> before = story == null ? List.of() : story.claims();
            List<Stored> after = change.apply(before).stream().sorted(Comparator.comparing(Stored::claimId)).toList();
            boolean changed = !Objects.equals(before, after);
            return new Write<>(changed ? new StoryGround(storyId, after) : null, changed);
        });
    }

    record StoryGround(String storyId, List<Stored> claims) {
    }

    record Stored(String claimId, String articleId, String statement, List<String> outlets, List<String> sides) {
        static Stored of(CommonGround ground) {
            return new Stored(ground.claimId(), ground.articleId(), ground.statement(), ground.outlets(),
                    ground.sides().stream().map(Enum::name).toList());
        }

        CommonGround toCommonGround() {
            return new CommonGround(claimId, articleId, statement, outlets,
                    sides.stream().map(Bias.Side::valueOf).toList());
        }
    }
}
