package io.factstream.bench.summary;

import io.factstream.bench.basil.BasilArticles.Article;
import io.factstream.text.Vectors;
import java.util.List;
import java.util.Map;

/**
 * "Stated by another outlet", one rule for the one-article and the story summaries so that their figures compare: a
 * summary sentence's best cosine with any sentence (as BASIL splits them) of its event's articles from the other
 * outlets, stated when at least {@value #STATED_ELSEWHERE}.
 */
final class OtherOutlets {
    static final double STATED_ELSEWHERE = 0.6;

    private final Map<String, SummaryBenchmark.Embedded> embedded;

    /** @param embedded each article's sentences with their embeddings, by article id */
    OtherOutlets(Map<String, SummaryBenchmark.Embedded> embedded) {
        this.embedded = embedded;
    }

    /** @param outlet the outlet whose article the sentence is from */
    double bestCosine(float[] sentence, String outlet, List<Article> event) {
        return event.stream().filter(other -> !other.outlet().equals(outlet))
                .flatMap(other -> embedded.get(other.id()).embeddings().stream())
                .mapToDouble(other -> Vectors.cosine(sentence, other)).max().orElse(0);
    }
}
