package io.factstream.spectrum.commonground;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.CommonGround;
import io.factstream.spectrum.clustering.StoryIndex;
import io.factstream.spectrum.clustering.StoryMember;
import io.factstream.spectrum.clustering.StoryMerges;
import io.factstream.spectrum.ratings.OutletRatings;
import io.factstream.spectrum.story.StoryPublisher;
import io.factstream.support.metrics.StageMetrics;
import io.factstream.support.resilience.RetryWhileUnavailable;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Each claim's evidence round ({@code claims.evidence}) may add a statement to its story's common ground, or take
 * one away; the story is then published again with it.
 */
@ApplicationScoped
public class CommonGroundStream {
    private final StoryIndex stories;
    private final CommonGroundIndex commonGround;
    private final StoryPublisher publisher;
    private final OutletRatings ratings;
    private final StoryMerges merges;

    public CommonGroundStream(StoryIndex stories, CommonGroundIndex commonGround, StoryPublisher publisher,
            OutletRatings ratings, StoryMerges merges) {
        this.merges = merges;
        this.stories = stories;
        this.commonGround = commonGround;
        this.publisher = publisher;
        this.ratings = ratings;
    }

    @Incoming("claims-evidence")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "coverage-spectrum.common-ground"})
    @Blocking
    @RetryWhileUnavailable
    public void update(ClaimEvidence claim) throws IOException {
        Optional<CommonGround> found = CommonGroundFinder.of(claim, ratings::biasOf);
        if (found.isEmpty() && claim.round() == ClaimEvidence.FIRST_ROUND) {
            return; // the first round of a claim that has no common ground: it had none to forget either
        }
        Optional<StoryMember> article = stories.find(claim.articleId());
        if (article.isEmpty()) {
            return; // an article this service never saw (ingested before it ran): no story to add to
        }
        String storyId = merges.resolve(article.get().storyId());
        boolean changed = found.isPresent() ? commonGround.save(storyId, found.get())
                : commonGround.delete(storyId, claim.claimId());
        if (changed) {
            publisher.publish(storyId);
        }
    }
}
