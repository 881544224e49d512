package io.factstream.contracts;

/**
 * A story's coverage spectrum: percentages over independent rated outlets, unrated outlets counted apart.
 *
 * @param gap             a human-readable coverage gap such as "low Left coverage", or {@code null}
 * @param sourcesCompared independent outlets covering the story, rated or not
 */
public record Coverage(int left, int center, int right, int unrated, String gap, int sourcesCompared) {
}
