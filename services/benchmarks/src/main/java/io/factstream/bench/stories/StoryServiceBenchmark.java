package io.factstream.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.bench.articles.ArticleGenerator;
import io.factstream.bench.articles.ExtractedArticles;
import io.factstream.bench.articles.ExtractedArticles.Content;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.bench.report.TopicTail;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.Topic;
import io.factstream.embedding.SentenceEmbedder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * coverage-spectrum as a service, on the stack of {@code make run} with the other services stopped. Articles as claim
 * extraction would publish them go onto {@code claims.extracted}, and the stories they end in are read from
 * {@code stories}, merges included:
 * <ul>
 * <li>our own labelled set, and the set of {@code data=PATH} when given ({@link LabelledStories}): pairwise precision,
 * recall and F1 of the service's assignment;</li>
 * <li>generated articles: how fast each is assigned to a story (its first appearance on {@code stories}),
 * Elasticsearch and Kafka included.</li>
 * </ul>
 * Each run shifts a labelled set's dates by a random number of days, so that runs on one stack do not meet.
 */
public final class StoryServiceBenchmark {
    private static final long SEED = 20261201L;
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    /** How long {@code stories} must stay quiet after the last article's assignment for merges to have settled. */
    private static final Duration SETTLED = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        String kafka = options.getOrDefault("kafka", "localhost:9092");
        int count = Integer.parseInt(options.getOrDefault("articles", "1000"));
        String data = options.getOrDefault("data", "").strip();
        ResultTable table = new ResultTable();
        scoreLabelled(kafka, ClusteringBenchmark.OWN_SET + " (ours)", ClusteringBenchmark.ownSet(), table);
        if (!data.isEmpty()) {
            scoreLabelled(kafka, data, LabelledStories.read(Path.of(data)), table);
        }
        measureThroughput(kafka, count, table);
        table.reported("machine", Machine.note());
        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-story-service.md"));
        table.writeTo(report);
        progress("written to %s", report);
    }

    private static void scoreLabelled(String kafka, String name, List<LabelledArticle> labelled, ResultTable table)
            throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Duration shift = Duration.ofDays(ThreadLocalRandom.current().nextInt(1, 100_000));
        Map<String, String> labelledIdOf = new HashMap<>();
        List<ArticleClaims> articles = new ArrayList<>();
        progress("embedding %,d articles of %s", labelled.size(), name);
        for (LabelledArticle article : labelled) {
            String outlet = article.outlet() == null ? "labelled.example" : article.outlet();
            ArticleClaims claims = ExtractedArticles.claimsOf("https://" + outlet + "/bench-stories/" + run + "/"
                    + article.id(), outlet, article.title(), article.body(), article.publishedAt().plus(shift),
                    SentenceEmbedder.shared(), Content.PASSAGES);
            labelledIdOf.put(claims.articleId(), article.id());
            articles.add(claims);
        }
        Map<String, String> storyOf = new HashMap<>();
        try (KafkaConsumer<String, String> stories = TopicTail.open(kafka, List.of(Topic.STORIES))) {
            ExtractedArticles.publish(kafka, articles);
            Map<String, Long> assignedAt = new HashMap<>();
            long deadline = System.nanoTime() + MAX_WAIT.toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline && (assignedAt.size() < articles.size()
                    || System.nanoTime() - quietSince < SETTLED.toNanos())) {
                for (ConsumerRecord<String, String> record : stories.poll(Duration.ofMillis(500))) {
                    quietSince = System.nanoTime();
                    for (JsonNode article : JSON.readTree(record.value()).path("articles")) {
                        String labelledId = labelledIdOf.get(article.path("articleId").asText());
                        // Records of two stories may arrive out of order across partitions: the latest one counts.
                        if (labelledId != null && record.timestamp() >= assignedAt.getOrDefault(labelledId, 0L)) {
                            assignedAt.put(labelledId, record.timestamp());
                            storyOf.put(labelledId, record.key());
                        }
                    }
                }
            }
        }
        PairwiseScores scores = PairwiseScores.of(labelled, storyOf);
        table.reported("service on " + name + ": pairwise precision / recall / F1", String.format(Locale.ROOT,
                "%s / %s / %s (%,d of %,d articles assigned, %,d stories for %,d labelled)",
                ResultTable.share(scores.precision()), ResultTable.share(scores.recall()),
                ResultTable.share(scores.f1()), storyOf.size(), labelled.size(),
                new HashSet<>(storyOf.values()).size(),
                labelled.stream().map(LabelledArticle::storyId).distinct().count()));
    }

    private static void measureThroughput(String kafka, int count, ResultTable table) throws Exception {
        progress("embedding %,d generated articles (claim extraction's work, not timed)", count);
        List<ArticleClaims> articles = ExtractedArticles.generate(
                new ArticleGenerator(SEED, Long.toString(System.currentTimeMillis(), 36)), SentenceEmbedder.shared(), count);
        Set<String> awaited = new HashSet<>(articles.stream().map(ArticleClaims::articleId).toList());

        try (KafkaConsumer<String, String> stories = TopicTail.open(kafka, List.of(Topic.STORIES))) {
            long start = System.currentTimeMillis();
            progress("publishing %,d articles to %s", count, Topic.CLAIMS_EXTRACTED.topicName());
            ExtractedArticles.publish(kafka, articles);
            long last = start;
            Set<String> storyIds = new HashSet<>();
            long deadline = System.nanoTime() + MAX_WAIT.toNanos();
            while (!awaited.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : stories.poll(Duration.ofMillis(500))) {
                    for (JsonNode article : JSON.readTree(record.value()).path("articles")) {
                        if (awaited.remove(article.path("articleId").asText())) {
                            last = Math.max(last, record.timestamp());
                            storyIds.add(record.key());
                        }
                    }
                }
            }
            int assigned = count - awaited.size();
            double seconds = (last - start) / 1000.0;
            table.reported("articles assigned to stories by coverage-spectrum (service on the stack)",
                    String.format(Locale.ROOT, "%,.1f articles/s (%,d of %,d articles in %.1f s, %,d stories)",
                            assigned / seconds, assigned, count, seconds, storyIds.size()));
        }
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-stories] " + String.format(Locale.ROOT, format, values));
    }
}
