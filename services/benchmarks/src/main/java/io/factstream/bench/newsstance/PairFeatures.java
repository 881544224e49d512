package io.factstream.bench.newsstance;

import io.factstream.stance.StanceFeatures;
import io.factstream.stance.Statement;
import java.util.List;
import java.util.Locale;

/**
 * What a news pair model sees of a claim and one passage of another outlet's article: the stance model's features
 * ({@link StanceFeatures}: hand-made cues, then the product and difference of the two embeddings), whether each of
 * the two texts holds each of the words with which news reports deny, doubt, attribute or confirm a story (the
 * refuting and hedging word lists of FNC-1's baselines, widened), the passage's rank among those kept, and its length.
 */
final class PairFeatures {
    static final List<String> CUE_WORDS = List.of("false", "untrue", "not true", "hoax", "fake", "fabricated",
            "debunk", "deni", "deny", "no truth", "satir", "made up", "baseless", "unfounded", "rumo", "claim",
            "alleg", "report", "according to", "purport", "suppos", "unconfirmed", "unverified", "confirm",
            "official", "announc", "said", "says", "told", "however", "but", "no evidence", "not", "never",
            "appear", "seem", "may", "might", "could", "would", "will", "?");
    static final int SIZE = StanceFeatures.SIZE + 2 * CUE_WORDS.size() + 2;

    private PairFeatures() {
    }

    static double[] of(Statement claim, Statement passage, int rank) {
        double[] features = new double[SIZE];
        double[] stance = StanceFeatures.of(claim.text(), claim.embedding(), passage.text(), passage.embedding());
        System.arraycopy(stance, 0, features, 0, stance.length);
        int next = stance.length;
        String claimText = claim.text().toLowerCase(Locale.ROOT);
        String passageText = passage.text().toLowerCase(Locale.ROOT);
        for (String cue : CUE_WORDS) {
            features[next++] = passageText.contains(cue) ? 1 : 0;
            features[next++] = claimText.contains(cue) ? 1 : 0;
        }
        features[next++] = rank;
        features[next] = Math.log1p(passageText.length());
        return features;
    }
}
