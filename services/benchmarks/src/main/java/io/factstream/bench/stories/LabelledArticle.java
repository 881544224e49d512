package io.factstream.bench.stories;

import java.time.Instant;

/** An article of a labelled story set: the story it belongs to, by the labeller's judgement. */
public record LabelledArticle(String id, String title, String body, String outlet, Instant publishedAt,
        String storyId) {
}
