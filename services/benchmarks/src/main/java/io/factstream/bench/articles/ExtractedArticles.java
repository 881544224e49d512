package io.factstream.bench.articles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.factstream.claims.entities.ArticleEntities;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.Ids;
import io.factstream.contracts.PassageVector;
import io.factstream.contracts.Topic;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.text.PassageWindow;
import io.factstream.text.PassageWindows;
import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What claim extraction would publish for generated articles: every sentence a passage with its embedding, the
 * sentences with a number (at most {@value #CLAIMS_PER_ARTICLE}) as claims, the names the article mentions, and the
 * title's embedding. Embedding happens here, before any time is taken, since it is claim extraction's cost, not the
 * cost of the stages after it.
 */
public final class ExtractedArticles {
    static final int CLAIMS_PER_ARTICLE = 5;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ExtractedArticles() {
    }

    public static List<ArticleClaims> generate(ArticleGenerator generator, SentenceEmbedder embedder, int count) {
        List<ArticleClaims> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(claimsOf(generator.next(ArticleFormat.PLAIN_TEXT), embedder));
        }
        return articles;
    }

    private static ArticleClaims claimsOf(GeneratedArticle article, SentenceEmbedder embedder) {
        String articleId = Ids.articleId(article.url());
        List<Sentence> sentences = SentenceSplitter.split(article.body());
        List<PassageWindow> windows = PassageWindows.of(article.body(), sentences);
        List<String> texts = new ArrayList<>(windows.stream().map(PassageWindow::text).toList());
        texts.add(article.title());
        List<float[]> embeddings = embedder.embedAll(texts);
        Embedding titleEmbedding = Embedding.of(embeddings.removeLast());
        List<PassageVector> passages = new ArrayList<>();
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            PassageWindow window = windows.get(i);
            Embedding embedding = Embedding.of(embeddings.get(i));
            passages.add(new PassageVector(window.text(), window.start(), window.end(), embedding));
            if (claims.size() < CLAIMS_PER_ARTICLE && window.text().matches(".*\\d.*")) {
                claims.add(new ExtractedClaim(Ids.claimId(articleId, window.start()), window.text(), window.start(),
                        window.end(), 0.9, ClaimType.STATISTIC, null, List.of(), List.of(), List.of(), embedding));
            }
        }
        List<String> names = ArticleEntities.of(sentences.stream().map(Sentence::text).toList()).names();
        return new ArticleClaims(ArticleClaims.SCHEMA_VERSION, articleId, article.outlet(), articleId,
                OffsetDateTime.parse(article.publishedAt()).toInstant(), claims, List.of(), List.of(), null,
                article.url(), article.title(), passages, titleEmbedding, names);
    }

    /** Publishes the articles on {@code claims.extracted}, as claim extraction would, and waits for every ack. */
    public static void publish(String kafka, List<ArticleClaims> articles) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka, "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            for (ArticleClaims article : articles) {
                producer.send(new ProducerRecord<>(Topic.CLAIMS_EXTRACTED.topicName(), article.articleId(),
                        JSON.writeValueAsString(article)));
            }
            producer.flush();
        }
    }
}
