package io.factstream.contracts;

/**
 * A story's coverage spectrum: percentages over independent rated outlets, unrated outlets counted apart. The last
 * three fields came with {@link StoryUpdate} schema version 4 (absent before: 0, false, null).
 *
 * @param gap             a human-readable coverage gap such as "low Left coverage"; {@code null} when the shares show
 *                        none, or when it is too early to tell
 * @param sourcesCompared independent outlets covering the story, rated or not
 * @param ratedSources    the independent rated outlets that the percentages rest on
 * @param tooEarlyToTell  whether the story has too few rated sources, for too short a time, to name a gap
 * @param ratingsSource   who rated the outlets counted, e.g. "MBFC via Baly et al. 2018; AllSides 2019"; {@code null}
 *                        when no outlet is rated
 */
public record Coverage(int left, int center, int right, int unrated, String gap, int sourcesCompared,
        int ratedSources, boolean tooEarlyToTell, String ratingsSource) {
}
