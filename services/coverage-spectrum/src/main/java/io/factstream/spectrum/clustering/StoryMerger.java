package io.factstream.spectrum.clustering;

import io.factstream.spectrum.commonground.CommonGroundIndex;
import io.factstream.spectrum.story.StoryPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges stories that one article belongs to by the same rule that assigns it: the earliest story stays, the others
 * redirect to it, their articles and common ground move to it, and each merged story is published once more, empty,
 * naming the story it joined. Ids are never renumbered. Repeating a merge completes an interrupted one.
 */
@ApplicationScoped
public class StoryMerger {
    private final StoryIndex stories;
    private final StoryMerges merges;
    private final CommonGroundIndex commonGround;
    private final StoryPublisher publisher;

    public StoryMerger(StoryIndex stories, StoryMerges merges, CommonGroundIndex commonGround,
            StoryPublisher publisher) {
        this.stories = stories;
        this.merges = merges;
        this.commonGround = commonGround;
        this.publisher = publisher;
    }

    /**
     * The story that articles of {@code storyIds} (as recorded on them, merged or not) now share; merges first when
     * they are not one story yet.
     */
    public String storyOf(Collection<String> storyIds) throws IOException {
        Map<String, String> current = new LinkedHashMap<>();
        for (String storyId : storyIds) {
            current.put(storyId, merges.resolve(storyId));
        }
        List<String> live = current.values().stream().distinct().toList();
        if (live.size() == 1 && current.keySet().equals(Set.copyOf(live))) {
            return live.getFirst();
        }
        stories.refresh();
        Map<String, List<StoryMember>> members = new LinkedHashMap<>();
        for (String storyId : current.keySet()) {
            members.put(storyId, stories.members(storyId));
        }
        for (String storyId : live) {
            members.putIfAbsent(storyId, stories.members(storyId));
        }
        String survivor = earliest(live, members);
        for (Map.Entry<String, List<StoryMember>> story : members.entrySet()) {
            if (!story.getKey().equals(survivor)) {
                fold(story.getKey(), story.getValue(), survivor);
            }
        }
        stories.refresh();
        return survivor;
    }

    private void fold(String storyId, List<StoryMember> members, String survivor) throws IOException {
        merges.record(storyId, survivor);
        for (StoryMember member : members) {
            stories.save(member.inStory(survivor));
        }
        commonGround.moveStory(storyId, survivor);
        publisher.publishMerged(storyId, survivor, members.isEmpty() ? null : members.getFirst().title());
    }

    /** The story whose first article was published first (ties: the smaller id), so the oldest id stays. */
    private static String earliest(List<String> storyIds, Map<String, List<StoryMember>> members) {
        String earliest = null;
        Instant earliestStart = null;
        for (String storyId : storyIds) {
            Instant start = members.get(storyId).stream().map(StoryMember::publishedAt)
                    .min(Comparator.naturalOrder()).orElse(Instant.MAX);
            if (earliest == null || start.isBefore(earliestStart)
                    || start.equals(earliestStart) && storyId.compareTo(earliest) < 0) {
                earliest = storyId;
                earliestStart = start;
            }
        }
        return earliest;
    }
}
