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
    static Map<String, String> assign(List<StoryInput> articles) {
        List<StoryInput> inOrder = new ArrayList<>(articles);
        inOrder.sort(Comparator.comparing(input -> input.article().publishedAt()));
        Map<String, String> storyOf = new HashMap<>();
        List<StoryInput> seen = new ArrayList<>();
        for (StoryInput current : inOrder) {
            List<String> matching = candidates(current, seen).stream()
                    .filter(candidate -> StoryMatcher.sameStory(current.titleAndLead(), current.vector(),
                            candidate.titleAndLead(), candidate.vector()))
                    .map(candidate -> storyOf.get(candidate.article().id()))
                    .distinct().toList();
            String story = matching.isEmpty() ? current.article().id() : matching.getFirst();
            if (matching.size() > 1) {
                storyOf.replaceAll((id, assigned) -> matching.contains(assigned) ? story : assigned);
            }
            storyOf.put(current.article().id(), story);
            seen.add(current);
        }
        return storyOf;
    }

    private static List<StoryInput> candidates(StoryInput article, List<StoryInput> seen) {
        Duration window = StoryMatcher.WINDOW;
        return seen.stream()
                .filter(other -> Duration.between(other.article().publishedAt(), article.article().publishedAt())
                        .abs().compareTo(window) <= 0)
                .filter(other -> !Collections.disjoint(Words.contentWords(other.titleAndLead()),
                        Words.contentWords(article.titleAndLead())))
                .sorted(Comparator.comparingDouble((StoryInput other) -> StoryMatcher.similarity(
                        article.titleAndLead(), other.titleAndLead())).reversed())
                .limit(StoryMatcher.CANDIDATES)
                .toList();
    }
}
