package io.factstream.claims.scoring;

import io.factstream.embedding.SentenceEmbedder;
import io.factstream.embedding.SentenceEncoding;
import java.util.ArrayList;
import java.util.List;

/**
 * Check-worthiness of sentences: the score is the probability of the {@link CheckworthinessModel} (trained on the
 * ClaimBuster dataset, see docs/claims.md); a sentence is checkable when its score reaches the model's threshold
 * and it is a plain statement. Questions, opinions, headings and predictions are never checkable, whatever
 * their score.
 */
public class CheckworthinessScorer {
    /** The threshold shipped with the model, chosen by cross-validation on the training data. */
    public static final double CLAIM_THRESHOLD = CheckworthinessModel.shipped().threshold();

    private final SentenceEmbedder embedder;
    private final CheckworthinessModel model;

    /** The shipped model with the JVM's shared embedder: for tests and plain mains. */
    public CheckworthinessScorer() {
        this(SentenceEmbedder.shared(), CheckworthinessModel.shipped());
    }

    public CheckworthinessScorer(SentenceEmbedder embedder, CheckworthinessModel model) {
        this.embedder = embedder;
        this.model = model;
    }

    public Checkworthiness score(String sentence) {
        String text = sentence.strip();
        return score(text, embedder.encodeAll(List.of(text)).getFirst());
    }

    /** Scores in the order of {@code sentences}, encoding them in batches. */
    public List<Checkworthiness> scoreAll(List<String> sentences) {
        List<String> texts = sentences.stream().map(s -> s == null ? "" : s.strip()).toList();
        List<SentenceEncoding> encodings = embedder.encodeAll(texts);
        List<Checkworthiness> results = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            results.add(score(texts.get(i), encodings.get(i)));
        }
        return results;
    }

    /** Scores a sentence whose encoding was computed already. */
    public Checkworthiness score(String sentence, SentenceEncoding encoding) {
        String text = sentence.strip();
        SentenceType type = SentenceType.of(text);
        double probability = model.probability(text, encoding.middleLayer());
        boolean checkable = type == SentenceType.STATEMENT && probability >= model.threshold();
        return new Checkworthiness(text, Math.round(probability * 1000) / 1000.0, checkable, type);
    }

    public double threshold() {
        return model.threshold();
    }
}
