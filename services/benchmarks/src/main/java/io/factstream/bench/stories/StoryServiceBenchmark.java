package io.factstream.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.bench.articles.ArticleGenerator;
import io.factstream.bench.articles.ExtractedArticles;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.bench.report.TopicTail;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.Topic;
import io.factstream.embedding.SentenceEmbedder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * coverage-spectrum as a service, on the stack of {@code make run} with the other services stopped: generated
 * articles as claim extraction would publish them go onto {@code claims.extracted}; measured is how fast each is
 * assigned to a story (its first appearance on {@code stories}), Elasticsearch and Kafka included.
 */
public final class StoryServiceBenchmark {
    private static final long SEED = 20261201L;
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        String kafka = options.getOrDefault("kafka", "localhost:9092");
        int count = Integer.parseInt(options.getOrDefault("articles", "1000"));
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
            ResultTable table = new ResultTable()
                    .reported("articles assigned to stories by coverage-spectrum (service on the stack)",
                            String.format(Locale.ROOT, "%,.1f articles/s (%,d of %,d articles in %.1f s, %,d stories)",
                                    assigned / seconds, assigned, count, seconds, storyIds.size()))
                    .reported("machine", Machine.note());
            System.out.print(table.markdown());
            Path report = Path.of(options.getOrDefault("report", "target/bench-story-service.md"));
            table.writeTo(report);
            progress("written to %s", report);
        }
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-stories] " + String.format(Locale.ROOT, format, values));
    }
}
