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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What claim extraction would publish for generated articles: every sentence a passage with its embedding, the
 * sentences with a number (at most {@value #CLAIMS_PER_ARTICLE}) as claims, the names the article mentions, and the
 * title's embedding; or, for timing evidence search's two kinds of work apart, only the claims or only the passages.
 * Embedding happens here, before any time is taken, since it is claim extraction's cost, not the cost of the stages
 * after it.
 */
public final class ExtractedArticles {
    static final int CLAIMS_PER_ARTICLE = 5;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ExtractedArticles() {
    }

    /** Which of an article's claims and passages a record carries. */
    public enum Content {
        CLAIMS_AND_PASSAGES(true, true), CLAIMS(true, false), PASSAGES(false, true);

        private final boolean claims;
        private final boolean passages;

        Content(boolean claims, boolean passages) {
            this.claims = claims;
            this.passages = passages;
        }
    }

    public static List<ArticleClaims> generate(ArticleGenerator generator, SentenceEmbedder embedder, int count) {
        return generate(generator, embedder, count, Content.CLAIMS_AND_PASSAGES);
    }

    public static List<ArticleClaims> generate(ArticleGenerator generator, SentenceEmbedder embedder, int count,
            Content content) {
        List<ArticleClaims> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(claimsOf(generator.next(ArticleFormat.PLAIN_TEXT), embedder, content));
        }
        return articles;
    }

    private static ArticleClaims claimsOf(ArticleToPost article, SentenceEmbedder embedder, Content content) {
        return claimsOf(article.url(), article.outlet(), article.title(), article.body(),
                OffsetDateTime.parse(article.publishedAt()).toInstant(), embedder, content);
    }

    /** What claim extraction would publish for an article with this text. */
    public static ArticleClaims claimsOf(String url, String outlet, String title, String body, Instant publishedAt,
            SentenceEmbedder embedder, Content content) {
        String articleId = Ids.articleId(url);
        List<Sentence> sentences = SentenceSplitter.split(body);
        List<PassageWindow> windows = PassageWindows.of(body, sentences);
        List<PassageWindow> claimWindows = windows.stream().filter(window -> window.text().matches(".*\\d.*"))
                .limit(content.claims ? CLAIMS_PER_ARTICLE : 0).toList();
        List<PassageWindow> passageWindows = content.passages ? windows : List.of();
        List<PassageWindow> embedded = content.passages ? windows : claimWindows;
        List<String> texts = new ArrayList<>(embedded.stream().map(PassageWindow::text).toList());
        texts.add(title);
        List<float[]> embeddings = embedder.embedAll(texts);
        Embedding titleEmbedding = Embedding.of(embeddings.removeLast());
        Map<Integer, Embedding> byStart = new HashMap<>();
        for (int i = 0; i < embedded.size(); i++) {
            byStart.put(embedded.get(i).start(), Embedding.of(embeddings.get(i)));
        }
        List<PassageVector> passages = passageWindows.stream()
                .map(window -> new PassageVector(window.text(), window.start(), window.end(),
                        byStart.get(window.start())))
                .toList();
        List<ExtractedClaim> claims = claimWindows.stream()
                .map(window -> new ExtractedClaim(Ids.claimId(articleId, window.start()), window.text(),
                        window.start(), window.end(), 0.9, ClaimType.STATISTIC, null, List.of(), List.of(), List.of(),
                        byStart.get(window.start())))
                .toList();
        List<String> names = ArticleEntities.of(sentences.stream().map(Sentence::text).toList()).names();
        return new ArticleClaims(ArticleClaims.SCHEMA_VERSION, articleId, outlet, articleId, publishedAt, claims,
                List.of(), List.of(), null, url, title, passages, titleEmbedding, names, "en");
    }

    /** Publishes the articles on {@code claims.extracted}, as claim extraction would, and waits for every ack. */
    public static void publish(String kafka, List<ArticleClaims> articles) throws Exception {
        publish(kafka, articles, index -> null);
    }

    /**
     * Publishes one article to each partition of {@code claims.extracted} (as many articles as it has partitions),
     * after what is already there: its evidence shows that the partition's records before it were processed.
     */
    public static void publishOnePerPartition(String kafka, List<ArticleClaims> articles) throws Exception {
        publish(kafka, articles, index -> index);
    }

    private static void publish(String kafka, List<ArticleClaims> articles,
            IntFunction<Integer> partition) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka, "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < articles.size(); i++) {
                producer.send(new ProducerRecord<>(Topic.CLAIMS_EXTRACTED.topicName(), partition.apply(i),
                        articles.get(i).articleId(), JSON.writeValueAsString(articles.get(i))));
            }
            producer.flush();
        }
    }
}
