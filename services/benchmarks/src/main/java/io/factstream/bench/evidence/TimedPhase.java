package io.factstream.bench.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.bench.report.ElasticsearchTime;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * One timed part of the evidence-search benchmark: records go onto {@code claims.extracted}, and the time runs until
 * the last awaited claim's first evidence is on {@code claims.evidence} (its record's timestamp; usually round 1, a
 * later round when a re-check by another article's passages published one while the claim was searched). Then, not
 * timed, it counts the re-check rounds published until the topic stays quiet for {@code QUIET}, which shows what a
 * change to the reverse search finds or misses, and keeps the next part from starting on this part's backlog.
 */
final class TimedPhase {
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private static final Duration QUIET = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Puts a part's records onto {@code claims.extracted}. */
    interface Publication {
        void publish() throws Exception;
    }

    /** A part's figures: what it sent, how long until its last awaited claim had evidence, and what followed. */
    record Result(int articles, int passages, int awaited, int judged, double seconds, Rechecks rechecks,
            String elasticsearchShares) {
        double perSecond(int done) {
            return done / seconds;
        }

        String timing() {
            return String.format(Locale.ROOT, "%.1f s, %,d of %,d awaited claims judged", seconds, judged, awaited);
        }
    }

    private final KafkaConsumer<String, String> evidence;
    private final String elasticsearch;

    /** @param evidence a reader at the end of {@code claims.evidence}, shared by the parts of one run */
    TimedPhase(KafkaConsumer<String, String> evidence, String elasticsearch) {
        this.evidence = evidence;
        this.elasticsearch = elasticsearch;
    }

    Result run(int articles, int passages, Set<String> awaitedClaims, Publication publication) throws Exception {
        ElasticsearchTime elasticsearchTime = ElasticsearchTime.from(elasticsearch);
        long start = System.currentTimeMillis();
        publication.publish();
        Rechecks rechecks = new Rechecks();
        Set<String> awaited = new HashSet<>(awaitedClaims);
        long last = start;
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (!awaited.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : evidence.poll(Duration.ofMillis(500))) {
                JsonNode round = JSON.readTree(record.value());
                rechecks.count(round);
                if (awaited.remove(round.path("claimId").asText())) {
                    last = Math.max(last, record.timestamp());
                }
            }
        }
        String elasticsearchShares = elasticsearchTime.summarySinceStart(6);
        countRechecksUntilQuiet(rechecks);
        return new Result(articles, passages, awaitedClaims.size(), awaitedClaims.size() - awaited.size(),
                (last - start) / 1000.0, rechecks, elasticsearchShares);
    }

    private void countRechecksUntilQuiet(Rechecks rechecks) throws Exception {
        long quietUntil = System.nanoTime() + QUIET.toNanos();
        while (System.nanoTime() < quietUntil) {
            for (ConsumerRecord<String, String> record : evidence.poll(Duration.ofMillis(500))) {
                rechecks.count(JSON.readTree(record.value()));
                quietUntil = System.nanoTime() + QUIET.toNanos();
            }
        }
    }

    /** Evidence rounds after a claim's first: new coverage that bore on it. */
    static final class Rechecks {
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
}
