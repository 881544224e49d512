package io.factstream.spectrum.clustering;

import io.factstream.contracts.Bias;
import io.factstream.contracts.StoryArticle;
import java.time.Instant;

/** An article as the story index keeps it: enough to match later articles and to compute the spectrum. */
public record StoryMember(String articleId, String storyId, String url, String title, String lead, String outlet,
        Bias bias, String originId, Instant publishedAt) {

    public StoryMember inStory(String otherStoryId) {
        return new StoryMember(articleId, otherStoryId, url, title, lead, outlet, bias, originId, publishedAt);
    }

    public StoryArticle toStoryArticle() {
        return new StoryArticle(articleId, url, title, outlet, bias, originId, publishedAt);
    }
}
