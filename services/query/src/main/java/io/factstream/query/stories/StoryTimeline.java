package io.factstream.query.stories;

import io.factstream.contracts.StoryArticle;
import io.factstream.contracts.StoryUpdate;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.LabelChange;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What happened to a story, newest first: each article as it was published, and each label change of its claims. */
public final class StoryTimeline {
    private StoryTimeline() {
    }

    /**
     * @param changes the label changes of the story's claims, any order
     * @param limit   how many entries to keep, the newest
     */
    public static Timeline of(StoryUpdate story, List<LabelChange> changes, int limit) {
        Map<String, StoryArticle> articles = story.articles().stream()
                .collect(Collectors.toMap(StoryArticle::articleId, Function.identity(), (first, second) -> first));
        Stream<Entry> published = story.articles().stream().map(article -> new Entry(article.publishedAt(),
                Entry.Kind.ARTICLE_PUBLISHED, article.articleId(), article.outlet(), article.title(), null, null, null,
                null, 0, false, null));
        // A change of a claim whose article has since left the story (moved to another) is not this story's.
        Stream<Entry> labelled = changes.stream().filter(change -> articles.containsKey(change.articleId()))
                .map(change -> new Entry(change.decidedAt(), Entry.Kind.LABEL_CHANGED, change.articleId(),
                        articles.get(change.articleId()).outlet(), articles.get(change.articleId()).title(),
                        change.claimId(), change.claimText(), change.label(), change.previousLabel(), change.revision(),
                        change.editorial(), change.editor()));
        List<Entry> entries = Stream.concat(published, labelled)
                .sorted(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Entry::kind, Comparator.reverseOrder()).thenComparing(Entry::articleId)
                        .thenComparing(Entry::claimId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .limit(limit).toList();
        return new Timeline(story.storyId(), entries);
    }

    public record Timeline(String storyId, List<Entry> entries) {
    }

    /**
     * One entry; those of kind {@code LABEL_CHANGED} also name the claim, its new label and the one before it
     * ({@code null} for a first verdict), and whether an editor set it.
     */
    public record Entry(Instant at, Kind kind, String articleId, String outlet, String title, String claimId,
            String claimText, VerdictLabel label, VerdictLabel previousLabel, int revision, boolean editorial,
            String editor) {
        public enum Kind {
            ARTICLE_PUBLISHED,
            LABEL_CHANGED
        }
    }
}
