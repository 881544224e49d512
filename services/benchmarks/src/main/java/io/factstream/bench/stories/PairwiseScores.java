package io.factstream.bench.stories;

import java.util.List;
import java.util.Map;

/**
 * Clustering quality over pairs of articles: a pair put in one story is right when the labels put it in one
 * story too (precision), and every pair the labels put together should be found (recall).
 */
public record PairwiseScores(long truePairs, long predictedPairs, long correctPairs) {

    public static PairwiseScores of(List<LabelledArticle> articles, Map<String, String> predicted) {
        long truePairs = 0;
        long predictedPairs = 0;
        long correct = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                LabelledArticle a = articles.get(i);
                LabelledArticle b = articles.get(j);
                boolean together = a.storyId().equals(b.storyId());
                boolean predictedTogether = predicted.get(a.id()).equals(predicted.get(b.id()));
                truePairs += together ? 1 : 0;
                predictedPairs += predictedTogether ? 1 : 0;
                correct += together && predictedTogether ? 1 : 0;
            }
        }
        return new PairwiseScores(truePairs, predictedPairs, correct);
    }

    /** 1 when nothing was put together: no false merge was made. */
    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
