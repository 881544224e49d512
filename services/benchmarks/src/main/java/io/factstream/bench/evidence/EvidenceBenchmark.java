package io.factstream.bench.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.bench.articles.ArticleGenerator;
import io.factstream.bench.articles.ExtractedArticles;
import io.factstream.bench.report.ElasticsearchTime;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.bench.report.TopicTail;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ExtractedClaim;
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
 * The evidence-search benchmark (issue 5), against the evidence-search service of the `make run` stack: generated
 * articles' claims and embedded passages go onto {@code claims.extracted} as fast as Kafka takes them; the time runs
 * until the last claim's first evidence is on {@code claims.evidence} (its record's timestamp; usually round 1, a
 * later round when a re-check by another article's passages published one while the claim was searched). Reported:
 * claims searched and judged per second, passages indexed per second, articles per second, and where
 * Elasticsearch spent its time meanwhile, per index and kind of work. Not timed: how many re-check rounds (claims
 * given new evidence by later articles) were published until the topic stayed quiet for {@code QUIET}, which shows
 * what a change to the reverse search finds or misses.
 *
 * <p>Arguments ({@code name=value}, optional): {@code kafka} bootstrap servers, {@code elasticsearch} its address,
 * {@code articles} how many, {@code report} the Markdown file to write.
 */
public final class EvidenceBenchmark {
    private static final long SEED = 20261123L;
    private static final double CLAIMS_TARGET = 50;
    private static final double PASSAGES_TARGET = 300;
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private static final Duration QUIET = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        String kafka = options.getOrDefault("kafka", "localhost:9092");
        String elasticsearch = options.getOrDefault("elasticsearch", "http://localhost:9200");
        int count = Integer.parseInt(options.getOrDefault("articles", "400"));
        progress("embedding %,d generated articles (claim extraction's work, not timed)", count);
        List<ArticleClaims> articles = ExtractedArticles.generate(
                new ArticleGenerator(SEED, Long.toString(System.currentTimeMillis(), 36)), SentenceEmbedder.shared(), count);
        Set<String> claimIds = new HashSet<>();
        articles.forEach(article -> article.claims().stream().map(ExtractedClaim::claimId).forEach(claimIds::add));
        int passages = articles.stream().mapToInt(article -> article.passages().size()).sum();

        try (KafkaConsumer<String, String> evidence = TopicTail.open(kafka, List.of(Topic.CLAIMS_EVIDENCE))) {
            ElasticsearchTime elasticsearchTime = ElasticsearchTime.from(elasticsearch);
            long start = System.currentTimeMillis();
            progress("publishing %,d articles (%,d claims, %,d passages) to %s", count, claimIds.size(), passages,
                    Topic.CLAIMS_EXTRACTED.topicName());
            ExtractedArticles.publish(kafka, articles);
            Rechecks rechecks = new Rechecks();
            FirstEvidence firstEvidence = awaitFirstEvidence(evidence, claimIds, start, rechecks);
            double seconds = (firstEvidence.lastTimestamp() - start) / 1000.0;
            int judged = firstEvidence.arrived();
            String elasticsearchShares = elasticsearchTime.summarySinceStart(6);
            progress("counting re-check rounds until %s goes quiet (not timed)", Topic.CLAIMS_EVIDENCE.topicName());
            countRechecksUntilQuiet(evidence, rechecks);
            ResultTable table = new ResultTable()
                    .measured("claims searched and judged", judged / seconds, "claims/s", CLAIMS_TARGET,
                            String.format(Locale.ROOT, "%,d of %,d claims in %.1f s", judged, claimIds.size(), seconds))
                    .measured("passages indexed", passages / seconds, "passages/s", PASSAGES_TARGET,
                            String.format(Locale.ROOT, "%,d passages of %,d articles in the same time", passages, count))
                    .reported("articles", String.format(Locale.ROOT, "%.1f articles/s", count / seconds))
                    .reported("re-check rounds (counted until quiet, not timed)", rechecks.summary())
                    .reported("Elasticsearch's time, largest shares", elasticsearchShares)
                    .reported("machine", Machine.note());
            System.out.print(table.markdown());
            Path report = Path.of(options.getOrDefault("report", "target/bench-evidence.md"));
            table.writeTo(report);
            progress("written to %s", report);
        }
    }

    /** How many claims got evidence, and the record timestamp of the last one. */
    private record FirstEvidence(int arrived, long lastTimestamp) {
    }

    /** Evidence rounds after a claim's first: new coverage that bore on it. */
    private static final class Rechecks {
        private final Set<String> claims = new HashSet<>();
        private int rounds;
        private int crossReferences;

        void count(JsonNode round) {
            if (round.path("round").asInt() <= 1) {
                return;
            }
            rounds++;
            claims.add(round.path("claimId").asText());
            for (JsonNode evidence : round.path("evidence")) {
                crossReferences += "CROSS_REFERENCE".equals(evidence.path("kind").asText()) ? 1 : 0;
            }
        }

        String summary() {
            return String.format(Locale.ROOT, "%,d rounds for %,d claims, %,d cross-references in them", rounds,
                    claims.size(), crossReferences);
        }
    }

    private static void countRechecksUntilQuiet(KafkaConsumer<String, String> evidence, Rechecks rechecks)
            throws Exception {
        long quietUntil = System.nanoTime() + QUIET.toNanos();
        while (System.nanoTime() < quietUntil) {
            for (ConsumerRecord<String, String> record : evidence.poll(Duration.ofMillis(500))) {
                rechecks.count(JSON.readTree(record.value()));
                quietUntil = System.nanoTime() + QUIET.toNanos();
            }
        }
    }

    private static FirstEvidence awaitFirstEvidence(KafkaConsumer<String, String> evidence, Set<String> claimIds, long start,
            Rechecks rechecks) throws Exception {
        Set<String> awaited = new HashSet<>(claimIds);
        long last = start;
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (!awaited.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : evidence.poll(Duration.ofMillis(500))) {
                JsonNode value = JSON.readTree(record.value());
                rechecks.count(value);
                if (awaited.remove(value.path("claimId").asText())) {
                    last = Math.max(last, record.timestamp());
                }
            }
        }
        return new FirstEvidence(claimIds.size() - awaited.size(), last);
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-evidence] " + String.format(Locale.ROOT, format, values));
    }
}
