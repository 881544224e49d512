package io.factstream.bench.stories;

import io.factstream.spectrum.clustering.StoryMatcher;
import io.factstream.spectrum.clustering.StoryProfile;
import io.factstream.text.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * coverage-spectrum's story assignment, in memory: articles in publication order; each compared with the
 * {@link StoryMatcher#CANDIDATES} earlier articles within {@link StoryMatcher#WINDOW} that share most words with it
 * (the service asks Elasticsearch for those); the stories of those candidates, with their articles within the
 * window, go to {@link StoryMatcher#storiesJoined}, and the article joins (merging) the stories it returns, else
 * starts its own.
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
            List<StoryInput> inWindow = seen.stream().filter(other -> withinWindow(current, other)).toList();
            Map<String, List<StoryProfile>> candidateStories = new LinkedHashMap<>();
            for (StoryInput candidate : candidates(current, inWindow)) {
                String story = storyOf.get(candidate.article().id());
                candidateStories.computeIfAbsent(story, id -> inWindow.stream()
                        .filter(other -> storyOf.get(other.article().id()).equals(id))
                        .map(StoryInput::profile).toList());
            }
            Set<String> joined = StoryMatcher.storiesJoined(current.profile(), candidateStories);
            String story = joined.isEmpty() ? current.article().id() : joined.iterator().next();
            storyOf.replaceAll((id, assigned) -> joined.contains(assigned) ? story : assigned);
            storyOf.put(current.article().id(), story);
            seen.add(current);
        }
        return storyOf;
    }

    private static boolean withinWindow(StoryInput article, StoryInput other) {
        return Duration.between(other.article().publishedAt(), article.article().publishedAt()).abs()
                .compareTo(StoryMatcher.WINDOW) <= 0;
    }

    private static List<StoryInput> candidates(StoryInput article, List<StoryInput> inWindow) {
        String titleAndLead = article.profile().titleAndLead();
        return inWindow.stream()
                .filter(other -> !Collections.disjoint(Words.contentWords(other.profile().titleAndLead()),
                        Words.contentWords(titleAndLead)))
                .sorted(Comparator.comparingDouble((StoryInput other) -> StoryMatcher.similarity(
                        titleAndLead, other.profile().titleAndLead())).reversed())
                .limit(StoryMatcher.CANDIDATES)
                .toList();
    }
}
