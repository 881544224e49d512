package io.factstream.spectrum.clustering;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.Ids;
import io.factstream.spectrum.ratings.OutletRatings;
import io.factstream.spectrum.story.StoryPublisher;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Each ingested article joins the story it matches or starts its own; when it matches articles of several stories,
 * those stories are merged (the earliest stays, the others redirect to it). The story's new state, with its coverage
 * spectrum and common ground, goes to {@code stories}. An article keeps its story once assigned, up to merges.
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

    @Incoming("articles-ingested")
    @Blocking
    public void assign(ArticleIngested article) throws IOException {
        String lead = StoryMatcher.lead(article.body());
        Optional<StoryMember> known = stories.find(article.articleId());
        String storyId = known.isPresent() ? merges.resolve(known.get().storyId())
                : storyOf(article.title() + " " + lead, article);
        StoryMember member = new StoryMember(article.articleId(), storyId, article.url(), article.title(), lead,
                article.outlet(), ratings.biasOf(article.outlet()), article.originId(), article.publishedAt());
        stories.save(member);
        publisher.publish(storyId, member);
    }

    private String storyOf(String titleAndLead, ArticleIngested article) throws IOException {
        Set<String> matching = new LinkedHashSet<>();
        for (StoryMember candidate : stories.candidates(titleAndLead, article.publishedAt(), StoryMatcher.WINDOW)) {
            if (!candidate.articleId().equals(article.articleId())
                    && StoryMatcher.sameStory(titleAndLead, candidate.title() + " " + candidate.lead())) {
                matching.add(candidate.storyId());
            }
        }
        return matching.isEmpty() ? Ids.storyId(article.articleId()) : merger.storyOf(matching);
    }
}
