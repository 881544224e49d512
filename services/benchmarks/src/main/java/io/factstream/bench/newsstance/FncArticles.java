package io.factstream.bench.newsstance;

import io.factstream.bench.newsstance.FncPairs.Pair;
import io.factstream.claims.entities.ArticleEntities;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.stance.Statement;
import io.factstream.text.PassageWindow;
import io.factstream.text.PassageWindows;
import io.factstream.text.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * FNC-1's headlines and bodies as the pipeline would hold them: each body cut into passages as claim extraction cuts
 * them, every passage and headline embedded by MiniLM (kept in {@code embeddingCache}, see {@link EmbeddedTexts}) and
 * given the names claim extraction finds in its article.
 */
final class FncArticles {
    private final Map<String, float[]> embeddings;
    private final Map<Integer, List<Statement>> passages = new HashMap<>();

    private FncArticles(Map<String, float[]> embeddings) {
        this.embeddings = embeddings;
    }

    static FncArticles of(FncPairs fnc, List<Pair> pairs, Path embeddingCache) throws IOException {
        Map<Integer, List<String>> texts = new HashMap<>();
        pairs.forEach(pair -> texts.computeIfAbsent(pair.bodyId(), id -> passagesOf(fnc.bodies().get(id))));
        List<String> all = Stream.concat(pairs.stream().map(Pair::headline),
                texts.values().stream().flatMap(List::stream)).toList();
        FncArticles articles = new FncArticles(EmbeddedTexts.of(all, SentenceEmbedder.shared(), embeddingCache));
        texts.forEach((id, passages) -> {
            List<String> names = ArticleEntities.of(passages).names();
            articles.passages.put(id, passages.stream()
                    .map(text -> Statement.of(text, articles.embeddings.get(text), names)).toList());
        });
        return articles;
    }

    /** The pair's headline as a claim, its article being the headline alone. */
    Statement claim(Pair pair) {
        return Statement.of(pair.headline(), embeddings.get(pair.headline()),
                ArticleEntities.of(List.of(pair.headline())).names());
    }

    List<Statement> passages(int bodyId) {
        return passages.get(bodyId);
    }

    int sentences() {
        return embeddings.size();
    }

    private static List<String> passagesOf(String body) {
        return PassageWindows.of(body, SentenceSplitter.split(body)).stream().map(PassageWindow::text).toList();
    }
}
