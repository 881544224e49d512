package io.factstream.spectrum.clustering;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.Ids;
import io.factstream.spectrum.ratings.OutletRatings;
import io.factstream.spectrum.story.StoryPublisher;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Each ingested article joins the story it matches best or starts its own; the story's new state,
 * with its coverage spectrum and common ground, goes to {@code stories}. An article keeps its story once assigned.
 */
@ApplicationScoped
public class StoryStream {
    private final StoryIndex stories;
    private final OutletRatings ratings;
    private final StoryPublisher publisher;

    public StoryStream(StoryIndex stories, OutletRatings ratings, StoryPublisher publisher) {
        this.stories = stories;
        this.ratings = ratings;
        this.publisher = publisher;
    }

    @Incoming("articles-ingested")
    @Blocking
    public void assign(ArticleIngested article) throws IOException {
        String lead = StoryMatcher.lead(article.body());
        Optional<StoryMember> known = stories.find(article.articleId());
        String storyId = known.isPresent() ? known.get().storyId() : matchingStory(article.title() + " " + lead, article);
        StoryMember member = new StoryMember(article.articleId(), storyId, article.url(), article.title(), lead,
                article.outlet(), ratings.biasOf(article.outlet()), article.originId(), article.publishedAt());
        stories.save(member);
        publisher.publish(storyId, member);
    }

    private String matchingStory(String titleAndLead, ArticleIngested article) throws IOException {
        for (StoryMember candidate : stories.candidates(titleAndLead, article.publishedAt(), StoryMatcher.WINDOW)) {
            if (!candidate.articleId().equals(article.articleId())
                    && StoryMatcher.sameStory(titleAndLead, candidate.title() + " " + candidate.lead())) {
                return candidate.storyId();
            }
        }
        return Ids.storyId(article.articleId());
    }
}
