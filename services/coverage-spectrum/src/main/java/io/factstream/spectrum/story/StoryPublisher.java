package io.factstream.spectrum.story;

import io.factstream.contracts.Coverage;
import io.factstream.contracts.StoryArticle;
import io.factstream.contracts.StoryUpdate;
import io.factstream.spectrum.clustering.StoryIndex;
import io.factstream.spectrum.clustering.StoryMember;
import io.factstream.spectrum.commonground.CommonGroundIndex;
import io.factstream.spectrum.coverage.SpectrumCalculator;
import io.factstream.spectrum.ratings.OutletRatings;
import io.factstream.spectrum.summary.StorySummary;
import io.factstream.support.messaging.KeyedMessages;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes a story's whole current state (articles, spectrum, common ground, summary) on {@code stories}. */
@ApplicationScoped
public class StoryPublisher {
    private final StoryIndex stories;
    private final CommonGroundIndex commonGround;
    private final MutinyEmitter<StoryUpdate> storiesOut;
    private final OutletRatings ratings;
    private final Duration settleWindow;
    private final Clock clock;

    public StoryPublisher(StoryIndex stories, CommonGroundIndex commonGround, OutletRatings ratings,
            @ConfigProperty(name = "factstream.coverage.settle-window") Duration settleWindow,
            @Channel("stories") MutinyEmitter<StoryUpdate> storiesOut, Clock clock) {
        this.stories = stories;
        this.commonGround = commonGround;
        this.ratings = ratings;
        this.settleWindow = settleWindow;
        this.storiesOut = storiesOut;
        this.clock = clock;
    }

    /** After {@code member} was saved, which a search may not see yet. */
    public void publish(String storyId, StoryMember member) throws IOException {
        publish(storyId, Stream.concat(stories.members(storyId).stream()
                .filter(other -> !other.articleId().equals(member.articleId())), Stream.of(member)).toList());
    }

    /** When something else than the members changed: the members are read after a refresh, so none is missed. */
    public void publish(String storyId) throws IOException {
        stories.refresh();
        publish(storyId, stories.members(storyId));
    }

    /** A story merged into another: no articles of its own any more, and where they went. */
    public void publishMerged(String storyId, String mergedInto, String title) {
        send(new StoryUpdate(StoryUpdate.SCHEMA_VERSION, storyId, title, List.of(), coverageOf(List.of()),
                clock.instant(), List.of(), mergedInto, List.of()));
    }

    private void publish(String storyId, List<StoryMember> members) throws IOException {
        List<StoryArticle> articles = members.stream().sorted(Comparator.comparing(StoryMember::publishedAt))
                .map(StoryMember::toStoryArticle).toList();
        send(new StoryUpdate(StoryUpdate.SCHEMA_VERSION, storyId, articles.getFirst().title(), articles,
                coverageOf(articles), clock.instant(), commonGround.ofStory(storyId), null, StorySummary.of(members)));
    }

    private Coverage coverageOf(List<StoryArticle> articles) {
        return SpectrumCalculator.compute(articles, ratings::sourceOf, clock.instant(), settleWindow);
    }

    private void send(StoryUpdate update) {
        storiesOut.sendMessage(KeyedMessages.keyed(update, update.storyId())).await().indefinitely();
    }
}
