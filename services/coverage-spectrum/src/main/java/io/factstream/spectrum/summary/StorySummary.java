package io.factstream.spectrum.summary;

import io.factstream.contracts.StorySentence;
import io.factstream.spectrum.clustering.StoryMember;
import io.factstream.text.CentralSentences;
import io.factstream.text.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What happened in a story, across its outlets: the most central of its articles' key claims (maximal marginal
 * relevance, as for one article) that no source refutes, none restating one already picked, and a second sentence from an outlet only once
 * every outlet with key claims has one. Outlets covering one event restate each other far more than an article
 * repeats itself, so a restatement is ruled out rather than only weighed against. Reprints of one wire story are one source: the earliest
 * copy speaks for it. The centroid weighs each source alike, however many claims it has.
 */
public final class StorySummary {
    static final int SENTENCES = 3;
    /**
     * Cosine at or above which two sentences say the same; the value of the stance rules' paraphrase bar
     * (docs/evidence.md), not tuned for summaries.
     */
    static final double RESTATES = 0.8;

    private StorySummary() {
    }

    record Candidate(StoryMember source, KeyClaim claim) {
    }

    /** Empty while fewer than two independent outlets report the story: the article's own summary says it all. */
    public static List<StorySentence> of(List<StoryMember> members) {
        Map<String, StoryMember> sources = new LinkedHashMap<>();
        members.stream().sorted(Comparator.comparing(StoryMember::publishedAt))
                .forEach(member -> sources.putIfAbsent(member.originId(), member));
        List<StoryMember> speaking = sources.values().stream()
                .filter(member -> member.keyClaims() != null && !member.keyClaims().isEmpty()).toList();
        if (speaking.stream().map(StoryMember::outlet).distinct().count() < 2) {
            return List.of();
        }
        float[] centroid = Vectors.normalisedSum(speaking.stream().map(member -> Vectors.normalisedSum(
                member.keyClaims().stream().map(claim -> claim.embedding().values()).toList())).toList());
        List<Candidate> candidates = speaking.stream()
                .flatMap(member -> member.keyClaims().stream().filter(claim -> !claim.refuted())
                        .map(claim -> new Candidate(member, claim))).toList();
        List<Candidate> picked = new ArrayList<>();
        while (picked.size() < SENTENCES) {
            Optional<Candidate> next = next(candidates, picked, centroid);
            if (next.isEmpty()) {
                break;
            }
            picked.add(next.get());
        }
        return picked.stream().map(candidate -> new StorySentence(candidate.source().articleId(),
                candidate.source().outlet(), candidate.claim().claimId(), candidate.claim().text())).toList();
    }

    /** The best candidate left, from an outlet not heard yet while there is one; empty when all are restatements. */
    private static Optional<Candidate> next(List<Candidate> candidates, List<Candidate> picked, float[] centroid) {
        List<float[]> pickedVectors = picked.stream().map(candidate -> candidate.claim().embedding().values()).toList();
        List<Candidate> left = candidates.stream().filter(candidate -> !picked.contains(candidate))
                .filter(candidate -> pickedVectors.stream().allMatch(vector -> Vectors.cosine(vector,
                        candidate.claim().embedding().values()) < RESTATES)).toList();
        Set<String> heard = picked.stream().map(candidate -> candidate.source().outlet()).collect(Collectors.toSet());
        boolean unheardLeft = left.stream().anyMatch(candidate -> !heard.contains(candidate.source().outlet()));
        return left.stream().filter(candidate -> !unheardLeft || !heard.contains(candidate.source().outlet()))
                .max(Comparator.comparingDouble(candidate -> CentralSentences.marginalRelevance(
                        candidate.claim().embedding().values(), centroid, pickedVectors)));
    }
}
