package io.factstream.spectrum.clustering;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.Ids;
import io.factstream.contracts.StoryArticle;
import io.factstream.contracts.StoryUpdate;
import io.factstream.spectrum.coverage.SpectrumCalculator;
import io.factstream.spectrum.ratings.OutletRatings;
import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Each ingested article joins the story it matches best or starts its own; the story's new state,
 * with its coverage spectrum, goes to {@code stories}. An article keeps its story once assigned.
 */
@ApplicationScoped
public class StoryStream {
    private static final Duration STORY_WINDOW = Duration.ofDays(3);

    private final StoryIndex stories;
    private final OutletRatings ratings;
    private final MutinyEmitter<StoryUpdate> storiesOut;
    private final Clock clock = Clock.systemUTC();

    public StoryStream(StoryIndex stories, OutletRatings ratings,
            @Channel("stories") MutinyEmitter<StoryUpdate> storiesOut) {
        this.stories = stories;
        this.ratings = ratings;
        this.storiesOut = storiesOut;
    }

    @Incoming("articles-ingested")
    @Blocking
    public void assign(ArticleIngested article) throws IOException {
        String lead = SentenceSplitter.split(article.body()).stream().limit(2)
                .map(Sentence::text).collect(Collectors.joining(" "));
        Optional<StoryMember> known = stories.find(article.articleId());
        String storyId = known.isPresent() ? known.get().storyId() : matchingStory(article.title() + " " + lead, article);
        StoryMember member = new StoryMember(article.articleId(), storyId, article.url(), article.title(), lead,
                article.outlet(), ratings.biasOf(article.outlet()), article.originId(), article.publishedAt());
        stories.save(member);

        List<StoryArticle> members = withMember(stories.members(storyId), member);
        StoryUpdate update = new StoryUpdate(StoryUpdate.SCHEMA_VERSION, storyId, members.getFirst().title(), members,
                SpectrumCalculator.compute(members), clock.instant());
        storiesOut.sendMessage(Message.of(update).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(storyId).build())).await().indefinitely();
    }

    /** The story's members as searched, plus the article just saved, which a search may not see yet. */
    private static List<StoryArticle> withMember(List<StoryMember> searched, StoryMember member) {
        return Stream.concat(searched.stream().filter(other -> !other.articleId().equals(member.articleId())),
                        Stream.of(member))
                .sorted(Comparator.comparing(StoryMember::publishedAt))
                .map(StoryMember::toStoryArticle)
                .toList();
    }

    private String matchingStory(String titleAndLead, ArticleIngested article) throws IOException {
        for (StoryMember candidate : stories.candidates(titleAndLead, article.publishedAt(), STORY_WINDOW)) {
            if (!candidate.articleId().equals(article.articleId())
                    && StoryMatcher.sameStory(titleAndLead, candidate.title() + " " + candidate.lead())) {
                return candidate.storyId();
            }
        }
        return Ids.storyId(article.articleId());
    }
}
