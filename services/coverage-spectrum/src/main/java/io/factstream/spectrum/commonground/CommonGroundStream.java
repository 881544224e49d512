package io.factstream.spectrum.commonground;

import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.CommonGround;
import io.factstream.spectrum.clustering.StoryIndex;
import io.factstream.spectrum.clustering.StoryMember;
import io.factstream.spectrum.clustering.StoryMerges;
import io.factstream.spectrum.ratings.OutletRatings;
import io.factstream.spectrum.story.StoryPublisher;
import io.factstream.spectrum.summary.KeyClaim;
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
 * one away, and may mark one of its article's key claims refuted or no longer refuted (the story's summary leaves a
 * refuted claim out); the story is then published again.
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
        boolean refuted = KeyClaim.refutedBy(claim);
        if (found.isEmpty() && !refuted && claim.round() == ClaimEvidence.FIRST_ROUND) {
            return; // a first round with neither common ground nor refutation: nothing was there to undo either
        }
        Optional<StoryMember> article = stories.find(claim.articleId());
        if (article.isEmpty()) {
            return; // an article this service never saw (ingested before it ran): no story to add to
        }
        String storyId = merges.resolve(article.get().storyId());
        boolean changed = found.isPresent() ? commonGround.save(storyId, found.get())
                : commonGround.delete(storyId, claim.claimId());
        Optional<StoryMember> marked = article.get().withRefuted(claim.claimId(), refuted);
        if (marked.isPresent()) {
            stories.save(marked.get());
        }
        if (changed || marked.isPresent()) {
            publisher.publish(storyId);
        }
    }
}
