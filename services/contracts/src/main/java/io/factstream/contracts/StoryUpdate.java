package io.factstream.contracts;

import java.time.Instant;
import java.util.List;

/** The current state of a story, published on {@link Topic#STORIES} keyed by story id at every change. */
public record StoryUpdate(
        int schemaVersion,
        String storyId,
        String title,
        List<StoryArticle> articles,
        Coverage coverage,
        Instant updatedAt,
        List<CommonGround> commonGround) {

    /** Version 2 added {@code commonGround}. */
    public static final int SCHEMA_VERSION = 2;
}
