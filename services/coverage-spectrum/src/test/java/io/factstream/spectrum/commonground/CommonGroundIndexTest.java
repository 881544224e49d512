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
        assertTrue(commonGround.delete(storyId, claimId));
        assertEquals(List.of(), commonGround.ofStory(storyId));
    }

    @Test
    void forgettingCommonGroundAClaimNeverHadWritesNothing() throws IOException {
        String storyId = "story-" + UUID.randomUUID();
        commonGround.save(storyId, ground(claimId));
        long writesBefore = writes();

        assertFalse(commonGround.delete(storyId, "claim-without-common-ground"));
        assertFalse(commonGround.delete("story-" + UUID.randomUUID(), claimId));
        assertEquals(writesBefore, writes(), "most evidence rounds find no common ground: a write each would be waste");
    }

    @Test
    void aMergedStorysCommonGroundMovesToTheStoryItWasMergedInto() throws IOException {
        String merged = "story-" + UUID.randomUUID();
        String survivor = "story-" + UUID.randomUUID();
        CommonGround moved = ground("claim-b-" + UUID.randomUUID());
        CommonGround kept = ground("claim-a-" + UUID.randomUUID());
        commonGround.save(merged, moved);
        commonGround.save(survivor, kept);

        commonGround.moveStory(merged, survivor);

        assertEquals(List.of(kept, moved), commonGround.ofStory(survivor), "by claim id");
        assertEquals(List.of(), commonGround.ofStory(merged));
    }

    private static CommonGround ground(String claimId) {
        return new CommonGround(claimId, "article-1", "The ferry sails twice a day.",
                List.of("left.example", "center.example"), List.of(Bias.Side.LEFT, Bias.Side.CENTER));
    }

    private long writes() throws IOException {
        var indexing = elasticsearch.indices().stats(s -> s.index(CommonGroundIndex.INDEX)).indices()
                .get(CommonGroundIndex.INDEX).primaries().indexing();
        return indexing.indexTotal() + indexing.deleteTotal();
    }
}
