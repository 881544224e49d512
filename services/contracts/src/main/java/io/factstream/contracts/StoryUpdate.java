package io.factstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The current state of a story, published on {@link Topic#STORIES} keyed by story id at every change.
 *
 * @param mergedInto when this story was merged into another: that story's id (this one then has no articles, and its
 *                   id redirects there); null otherwise (schema version 3; absent before)
 * @param summary    what happened, as the story's most central claims across its independent outlets, each with its
 *                   outlet; empty while one outlet alone reports the story (schema version 5; absent before)
 */
public record StoryUpdate(
        int schemaVersion,
        String storyId,
        String title,
        List<StoryArticle> articles,
        Coverage coverage,
        Instant updatedAt,
        List<CommonGround> commonGround,
        String mergedInto,
        List<StorySentence> summary) {

    /**
     * Version 2 added {@code commonGround}, version 3 {@code mergedInto}, version 4 the coverage's
     * {@code ratedSources}, {@code tooEarlyToTell} and {@code ratingsSource}, version 5 {@code summary}.
     */
    public static final int SCHEMA_VERSION = 5;
}
