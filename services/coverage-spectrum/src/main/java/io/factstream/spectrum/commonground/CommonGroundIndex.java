package io.factstream.spectrum.commonground;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.factstream.contracts.CommonGround;
import io.factstream.support.elasticsearch.Indices;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/** Each story's common ground, one document per claim, in Elasticsearch: the state that survives restarts. */
@ApplicationScoped
public class CommonGroundIndex {
    static final String INDEX = "factstream-common-ground";
    private static final int MAX_PER_STORY = 100;

    private final ElasticsearchClient client;

    public CommonGroundIndex(ElasticsearchClient client) {
        this.client = client;
    }

    @PostConstruct
    void createIndex() {
        Indices.ensure(client, INDEX, "elasticsearch/common-ground.json");
    }

    /**
     * Saves the claim's common ground, searchable at once; false when it was saved as is already. The index is small,
     * so a forced refresh costs milliseconds, where waiting for the periodic one would hold the stream up to a second.
     */
    public boolean save(String storyId, CommonGround ground) throws IOException {
        Stored stored = new Stored(storyId, ground.claimId(), ground.articleId(), ground.statement(), ground.outlets(),
                ground.sides().stream().map(Enum::name).toList());
        Stored current = client.get(g -> g.index(INDEX).id(ground.claimId()), Stored.class).source();
        if (Objects.equals(current, stored)) {
            return false;
        }
        client.index(i -> i.index(INDEX).id(ground.claimId()).document(stored).refresh(Refresh.True));
        return true;
    }

    /**
     * Forgets the claim's common ground; false when it had none. Most claims never have any: deleting a missing
     * document is still a write, and a refresh, for every evidence round.
     */
    public boolean delete(String claimId) throws IOException {
        if (!client.exists(e -> e.index(INDEX).id(claimId)).value()) {
            return false;
        }
        return client.delete(d -> d.index(INDEX).id(claimId).refresh(Refresh.True)).result() == Result.Deleted;
    }

    /** When a story was merged into another, its common ground becomes that story's. */
    public void moveStory(String storyId, String mergedInto) throws IOException {
        for (CommonGround ground : ofStory(storyId)) {
            save(mergedInto, ground);
        }
    }

    public List<CommonGround> ofStory(String storyId) throws IOException {
        return client.search(s -> s.index(INDEX).size(MAX_PER_STORY)
                        .query(q -> q.term(t -> t.field("storyId").value(FieldValue.of(storyId))))
                        .sort(o -> o.field(f -> f.field("claimId"))), Stored.class)
                .hits().hits().stream().map(Hit::source).map(Stored::toCommonGround).toList();
    }

    record Stored(String storyId, String claimId, String articleId, String statement, List<String> outlets,
            List<String> sides) {
        CommonGround toCommonGround() {
            return new CommonGround(claimId, articleId, statement, outlets,
                    sides.stream().map(io.factstream.contracts.Bias.Side::valueOf).toList());
        }
    }
}
