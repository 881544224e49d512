package io.factstream.spectrum.clustering;

import io.factstream.contracts.Bias;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.StoryArticle;
import io.factstream.spectrum.summary.KeyClaim;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An article as the story index keeps it: enough to match later articles and to compute the spectrum.
 *
 * @param storyVector see {@link StoryMatcher#storyVector}; null for articles indexed before it existed
 * @param articleVector see {@link StoryMatcher#articleVector}; null for articles indexed before it existed
 * @param keyClaims   the article's most central claims, for the story's summary; null for articles indexed before
 */
public record StoryMember(String articleId, String storyId, String url, String title, String lead, String outlet,
        Bias bias, String originId, Instant publishedAt, Embedding storyVector, Embedding articleVector,
        List<KeyClaim> keyClaims) {

    public StoryMember inStory(String otherStoryId) {
        return new StoryMember(articleId, otherStoryId, url, title, lead, outlet, bias, originId, publishedAt,
                storyVector, articleVector, keyClaims);
    }

    /**
     * The same member with its key claim {@code claimId} marked refuted or not; empty when that is no key claim of
     * it or its mark does not change.
     */
    public Optional<StoryMember> withRefuted(String claimId, boolean refuted) {
        if (keyClaims == null || keyClaims.stream().noneMatch(claim -> claim.claimId().equals(claimId)
                && claim.refuted() != refuted)) {
            return Optional.empty();
        }
        return Optional.of(new StoryMember(articleId, storyId, url, title, lead, outlet, bias, originId, publishedAt,
                storyVector, articleVector, keyClaims.stream().map(claim -> claim.claimId().equals(claimId)
                        ? new KeyClaim(claim.claimId(), claim.text(), claim.embedding(), refuted) : claim).toList()));
    }

    public String titleAndLead() {
        return StoryMatcher.titleAndLead(title, lead);
    }

    public StoryProfile profile() {
        return new StoryProfile(titleAndLead(), values(storyVector), values(articleVector));
    }

    public StoryArticle toStoryArticle() {
        return new StoryArticle(articleId, url, title, outlet, bias, originId, publishedAt);
    }

    private static float[] values(Embedding embedding) {
        return embedding == null ? null : embedding.values();
    }
}
