package io.factstream.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The sentences that say most of what an article says, without saying it twice: centrality to the article's centroid,
 * then maximal marginal relevance against the sentences already picked. Page furniture and captions are far from the
 * centroid of a story's prose, which is what keeps them out of a summary that used to be the first lines.
 * The weights were set on the sample pages (seeds 002-004) and basil-dev; see docs/claims.md#summary.
 */
public final class CentralSentences {
    /** How much an already-picked, similar sentence counts against a candidate (MMR's 1 - lambda). */
    static final double REDUNDANCY_WEIGHT = 0.3;
    /** How much being the article's first statement adds; news puts the event first, but not always furniture-free. */
    static final double LEAD_WEIGHT = 0.1;
    /** Opens with a capital or a quotation mark (English, German, French styles) and ends like a sentence. */
    private static final Pattern STATEMENT = Pattern.compile("(?s)[\\p{Lu}\"“‘'(„«»‚].*[.!\"”'’“«»]$");
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 60;

    private CentralSentences() {
    }

    /**
     * @param texts      the article's sentences, in order
     * @param embeddings their embeddings, L2-normalised, in the same order
     * @return the indices of at most {@code count} sentences, in article order
     */
    public static List<Integer> pick(List<String> texts, List<float[]> embeddings, int count) {
        return pick(texts, embeddings, count, LEAD_WEIGHT);
    }

    /**
     * As {@link #pick(List, List, int)}, with the weight of a statement's place among the article's statements: the
     * {@code k}-th statement gains {@code leadWeight / k} (bench-summary compares weights).
     */
    public static List<Integer> pick(List<String> texts, List<float[]> embeddings, int count, double leadWeight) {
        List<Integer> candidates = IntStream.range(0, texts.size()).filter(i -> isStatement(texts.get(i))).boxed()
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        float[] centroid = Vectors.normalisedSum(candidates.stream().map(embeddings::get).toList());
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, candidates.size())) {
            // A candidate's rank among the statements is its place in the list, so no lookup is needed.
            int next = IntStream.range(0, candidates.size()).filter(rank -> !picked.contains(candidates.get(rank)))
                    .boxed().max(Comparator.comparingDouble(rank -> marginalRelevance(candidates.get(rank), embeddings,
                            centroid, picked) + leadWeight / (1 + rank)))
                    .map(candidates::get).orElseThrow();
            picked.add(next);
        }
        return picked.stream().sorted().toList();
    }

    private static double marginalRelevance(int candidate, List<float[]> embeddings, float[] centroid,
            List<Integer> picked) {
        return marginalRelevance(embeddings.get(candidate), centroid, picked.stream().map(embeddings::get).toList());
    }

    /** A candidate's relevance to the centroid, less its redundancy with the sentences already picked. */
    public static double marginalRelevance(float[] candidate, float[] centroid, List<float[]> picked) {
        double redundancy = picked.stream().mapToDouble(other -> Vectors.cosine(candidate, other)).max().orElse(0);
        return (1 - REDUNDANCY_WEIGHT) * Vectors.cosine(candidate, centroid) - REDUNDANCY_WEIGHT * redundancy;
    }

    /** A whole declarative sentence of story length: not a question, a heading, a caption or a sign-off. */
    public static boolean isStatement(String text) {
        int words = text.split("\\s+").length;
        return words >= MIN_WORDS && words <= MAX_WORDS && STATEMENT.matcher(text).matches();
    }
}
