package io.factstream.spectrum.clustering;

import io.factstream.contracts.Bias;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.StoryArticle;
import java.time.Instant;

/**
 * An article as the story index keeps it: enough to match later articles and to compute the spectrum.
 *
 * @param storyVector see {@link StoryMatcher#storyVector}; null for articles indexed before it existed
 */
public record StoryMember(String articleId, String storyId, String url, String title, String lead, String outlet,
        Bias bias, String originId, Instant publishedAt, Embedding storyVector) {

    public StoryMember inStory(String otherStoryId) {
        return new StoryMember(articleId, otherStoryId, url, title, lead, outlet, bias, originId, publishedAt,
                storyVector);
    }

    public String titleAndLead() {
        return StoryMatcher.titleAndLead(title, lead);
    }

    public float[] storyVectorValues() {
        return storyVector == null ? null : storyVector.values();
    }

    public StoryArticle toStoryArticle() {
        return new StoryArticle(articleId, url, title, outlet, bias, originId, publishedAt);
    }
}
