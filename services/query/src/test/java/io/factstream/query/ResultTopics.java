package io.factstream.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleSections;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.Topic;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.search.ClaimHit;
import io.factstream.query.search.ClaimQuery;
import io.factstream.query.report.ResultReader;
import io.factstream.query.search.ClaimSearch;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Puts results on the real topics as the pipeline's services would, for the query service's tests to read back. */
@ApplicationScoped
public class ResultTopics {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ObjectMapper json;
    private final ClaimSearch search;
    private final ResultReader results;
    private final String kafka;

    public ResultTopics(ObjectMapper json, ClaimSearch search, ResultReader results,
            @ConfigProperty(name = "kafka.bootstrap.servers") String kafka) {
        this.json = json;
        this.search = search;
        this.results = results;
        this.kafka = kafka;
    }

    /** An article id no other test uses. */
    public static String newArticleId() {
        return "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** A word no other test's text contains, for a test to find its own claims by. */
    public static String newMarker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** An article with one claim, published on claims.extracted; returns the claim id. */
    public String claim(String outlet, String text, String topic, Instant publishedAt) throws Exception {
        return claims(newArticleId(), outlet, Map.of(0, text), topic, publishedAt).getFirst();
    }

    /** The claims of (a revision of) an article, each text at its offset, published on claims.extracted; their ids. */
    public List<String> claims(String articleId, String outlet, Map<Integer, String> textByOffset, String topic,
            Instant publishedAt) throws Exception {
        List<ExtractedClaim> claims = new TreeMap<>(textByOffset).entrySet().stream()
                .map(claim -> new ExtractedClaim(articleId + "-c" + claim.getKey(), claim.getValue(), claim.getKey(),
                        claim.getKey() + claim.getValue().length(), 0.9, ClaimType.EVENT, null, List.of(), List.of(),
                        List.of(), null))
                .toList();
        String firstClaim = claims.getFirst().text();
        send(Topic.CLAIMS_EXTRACTED, articleId, new ArticleClaims(ArticleClaims.SCHEMA_VERSION, articleId, outlet,
                articleId, publishedAt, claims, List.of(topic), List.of(),
                new ArticleSections(firstClaim, null, null, List.of()), "https://" + outlet + "/" + articleId,
                firstClaim, List.of(), null, List.of(), "en"));
        return claims.stream().map(ExtractedClaim::claimId).toList();
    }

    public void verdict(String claimId, int revision, VerdictLabel label) throws Exception {
        verdicts(List.of(verdictOn(claimId, revision, label)));
    }

    /** Sends {@code verdicts} on the verdicts topic all at once, each keyed by its article as verdict keys them. */
    public void verdicts(List<Verdict> verdicts) throws Exception {
        try (var producer = producer()) {
            for (Verdict verdict : verdicts) {
                producer.send(new ProducerRecord<>(Topic.VERDICTS.topicName(), verdict.articleId(),
                        json.writeValueAsString(verdict)));
            }
            producer.flush();
        }
    }

    public static Verdict verdictOn(String claimId, int revision, VerdictLabel label) {
        String articleId = claimId.substring(0, claimId.lastIndexOf("-c"));
        return new Verdict(Verdict.SCHEMA_VERSION, claimId, articleId, "claim", label, "explained", revision, null,
                false, Instant.now(), List.of(), label, null, null);
    }

    public void send(Topic topic, String key, Object value) throws Exception {
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(topic.topicName(), key, json.writeValueAsString(value))).get();
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka),
                new StringSerializer(), new StringSerializer());
    }

    /** The dead-letter records, up to now, whose value contains {@code text}. */
    public List<String> deadLettered(String text) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "query-test-" + UUID.randomUUID()), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topic.DEAD_LETTER.topicName()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> found = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && record.value().contains(text)) {
                        found.add(record.value());
                    }
                }
            }
            return found;
        }
    }

    /** The claims, up to 100, that search finds by {@code word}, newest first. */
    public List<ClaimHit> claimsWith(String word) throws IOException {
        return search.find(new ClaimQuery(word, null, null, null, null, null, null, null, ClaimQuery.Sort.DATE, 0, 100))
                .claims();
    }

    /** Waits until the claim's newest verdict is indexed. */
    public void awaitVerdictIndexed(String claimId) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (results.newestVerdict(claimId).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the verdict of " + claimId + " was not indexed in time");
            }
            Thread.sleep(200);
        }
    }

    /** Waits until {@code count} claims with {@code word} are searchable with a label each. */
    public void awaitSearchable(String word, int count) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            List<ClaimHit> claims = claimsWith(word);
            if (claims.size() >= count && claims.stream().allMatch(claim -> claim.label() != null)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(count + " claims with '" + word + "' were not searchable in time");
    }
}
