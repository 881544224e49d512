package io.factstream.spectrum.commonground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.contracts.Bias;
import io.factstream.contracts.CommonGround;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Common ground as the service keeps it, in the test stack's Elasticsearch. */
@QuarkusTest
class CommonGroundIndexTest {
    @Inject
    CommonGroundIndex commonGround;
    @Inject
    ElasticsearchClient elasticsearch;

    private final String claimId = "claim-" + UUID.randomUUID();

    @Test
    void aClaimsCommonGroundIsSavedOnceFoundByItsStoryAndForgotten() throws IOException {
        String storyId = "story-" + UUID.randomUUID();
        CommonGround ground = new CommonGround(claimId, "article-1", "The pier reopened on Monday.",
                List.of("left.example", "right.example"), List.of(Bias.Side.LEFT, Bias.Side.RIGHT));

        assertTrue(commonGround.save(storyId, ground));
        assertFalse(commonGround.save(storyId, ground), "saved as is already");
        assertEquals(List.of(ground), commonGround.ofStory(storyId));
        assertTrue(commonGround.delete(claimId));
        assertEquals(List.of(), commonGround.ofStory(storyId));
    }

    @Test
    void forgettingCommonGroundAClaimNeverHadWritesNothing() throws IOException {
        long deletesBefore = deletes();

        assertFalse(commonGround.delete(claimId));
        assertEquals(deletesBefore, deletes(), "a delete of nothing would be a write and a refresh, every evidence round");
    }

    private long deletes() throws IOException {
        return elasticsearch.indices().stats(s -> s.index(CommonGroundIndex.INDEX)).indices()
                .get(CommonGroundIndex.INDEX).primaries().indexing().deleteTotal();
    }
}
