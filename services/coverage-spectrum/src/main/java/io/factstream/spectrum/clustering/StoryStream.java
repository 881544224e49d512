package io.factstream.spectrum.clustering;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.Ids;
import io.factstream.contracts.PassageVector;
import io.factstream.spectrum.ratings.OutletRatings;
import io.factstream.spectrum.story.StoryPublisher;
import io.factstream.spectrum.summary.KeyClaim;
import io.factstream.support.metrics.StageMetrics;
import io.factstream.support.resilience.RetryWhileUnavailable;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Each article joins the story it matches ({@link StoryMatcher#storiesJoined}) or starts its own; when it joins
 * several stories, those stories are merged (the earliest stays, the others redirect to it). The story's new state, with its coverage
 * spectrum and common ground, goes to {@code stories}. An article keeps its story once assigned, up to merges.
 * Articles come from {@code claims.extracted}, whose title and passage embeddings give the story vector.
 */
@ApplicationScoped
public class StoryStream {
    private final StoryIndex stories;
    private final StoryMerger merger;
    private final StoryMerges merges;
    private final OutletRatings ratings;
    private final StoryPublisher publisher;

    public StoryStream(StoryIndex stories, StoryMerger merger, StoryMerges merges, OutletRatings ratings,
            StoryPublisher publisher) {
        this.stories = stories;
        this.merger = merger;
        this.merges = merges;
        this.ratings = ratings;
        this.publisher = publisher;
    }

    @Incoming("claims-extracted")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "coverage-spectrum.assign-story"})
    @Blocking
    @RetryWhileUnavailable
    public void assign(ArticleClaims article) throws IOException {
        StoryMember member = memberOf(article);
        Optional<StoryMember> known = stories.find(article.articleId());
        String storyId = known.isPresent() ? merges.resolve(known.get().storyId()) : storyOf(member);
        member = member.inStory(storyId);
        stories.save(member);
        publisher.publish(storyId, member);
    }

    private StoryMember memberOf(ArticleClaims article) {
        List<PassageVector> lead = article.passages() == null ? List.of()
                : article.passages().stream().limit(StoryMatcher.LEAD_PASSAGES).toList();
        float[] storyVector = StoryMatcher.storyVector(
                article.titleEmbedding() == null ? null : article.titleEmbedding().values(),
                lead.stream().map(passage -> passage.embedding().values()).toList());
        float[] articleVector = article.passages() == null ? null : StoryMatcher.articleVector(
                article.passages().stream().map(passage -> passage.embedding().values()).toList());
        return new StoryMember(article.articleId(), null, article.url(), article.title(),
                lead.stream().map(PassageVector::text).collect(Collectors.joining(" ")), article.outlet(),
                ratings.biasOf(article.outlet()), article.originId(), article.publishedAt(),
                embedding(storyVector), embedding(articleVector), KeyClaim.of(article));
    }

    private static Embedding embedding(float[] values) {
        return values == null ? null : Embedding.of(values);
    }

    private String storyOf(StoryMember article) throws IOException {
        // Articles saved within the last refresh interval must be candidates too: an article of the same story a
        // moment earlier would otherwise be missed for good (CI saw a bridging article miss one of its two stories).
        stories.refresh();
        Set<String> candidateStories = new LinkedHashSet<>();
        for (StoryMember candidate : stories.candidates(article.titleAndLead(), article.publishedAt(),
                StoryMatcher.WINDOW)) {
            if (!candidate.articleId().equals(article.articleId())) {
                candidateStories.add(merges.resolve(candidate.storyId()));
            }
        }
        Map<String, List<StoryProfile>> around = new LinkedHashMap<>();
        for (String storyId : candidateStories) {
            around.put(storyId, stories.membersAround(storyId, article.publishedAt(), StoryMatcher.WINDOW).stream()
                    .filter(member -> !member.articleId().equals(article.articleId()))
                    .map(StoryMember::profile).toList());
        }
        Set<String> joined = StoryMatcher.storiesJoined(article.profile(), around);
        return joined.isEmpty() ? Ids.storyId(article.articleId()) : merger.storyOf(joined);
    }
}
