package io.factstream.spectrum.clustering;

/**
 * What story matching compares of an article.
 *
 * @param titleAndLead see {@link StoryMatcher#titleAndLead}
 * @param storyVector see {@link StoryMatcher#storyVector}; null for articles indexed before it existed
 * @param articleVector see {@link StoryMatcher#articleVector}; null for articles indexed before it existed
 */
public record StoryProfile(String titleAndLead, float[] storyVector, float[] articleVector) {
}
