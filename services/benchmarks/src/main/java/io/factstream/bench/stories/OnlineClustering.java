package io.factstream.bench.stories;

import io.factstream.spectrum.clustering.StoryMatcher;
import io.factstream.text.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * coverage-spectrum's story assignment, in memory: articles in publication order; each compared, most similar first,
 * with the {@link StoryMatcher#CANDIDATES} most similar earlier articles within {@link StoryMatcher#WINDOW} that
 * share a word with it (the service asks Elasticsearch for those), joining the stories of those that
 * {@link StoryMatcher#sameStory} accepts (merging them when they are several), else starting its own.
 */
public final class OnlineClustering {
    private OnlineClustering() {
    }

    /** Article id to the id of the story it was assigned. */
    public static Map<String, String> assign(List<LabelledArticle> articles) {
        List<LabelledArticle> inOrder = new ArrayList<>(articles);
        inOrder.sort(Comparator.comparing(LabelledArticle::publishedAt));
        Map<String, String> storyOf = new HashMap<>();
        List<Seen> seen = new ArrayList<>();
        for (LabelledArticle article : inOrder) {
            Seen current = new Seen(article, StoryMatcher.titleAndLead(article.title(), article.body()));
            List<String> matching = candidates(current, seen).stream()
                    .filter(candidate -> StoryMatcher.sameStory(current.text(), candidate.text()))
                    .map(candidate -> storyOf.get(candidate.article().id()))
                    .distinct().toList();
            String story = matching.isEmpty() ? article.id() : matching.getFirst();
            storyOf.replaceAll((id, assigned) -> matching.contains(assigned) ? story : assigned);
            storyOf.put(article.id(), story);
            seen.add(current);
        }
        return storyOf;
    }

    private static List<Seen> candidates(Seen article, List<Seen> seen) {
        Duration window = StoryMatcher.WINDOW;
        return seen.stream()
                .filter(other -> Duration.between(other.article().publishedAt(), article.article().publishedAt())
                        .abs().compareTo(window) <= 0)
                .filter(other -> !Collections.disjoint(Words.contentWords(other.text()),
                        Words.contentWords(article.text())))
                .sorted(Comparator.comparingDouble((Seen other) -> StoryMatcher.similarity(article.text(), other.text()))
                        .reversed())
                .limit(StoryMatcher.CANDIDATES)
                .toList();
    }

    private record Seen(LabelledArticle article, String text) {
    }
}
