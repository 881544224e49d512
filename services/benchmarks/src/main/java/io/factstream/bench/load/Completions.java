package io.factstream.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * When each pushed article's report became complete: its claims extracted ({@code claims.extracted}) and every claim
 * given its first verdict ({@code verdicts}); an article without claims is complete once extracted. Times are
 * Kafka record timestamps (ms), the acceptance time the moment ingest answered 202. Records are kept whether or not
 * their article's 202 has come back yet: an idle claim extraction can publish an article's claims before its client
 * has read the answer.
 */
final class Completions {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article's ingest-to-verdict latency, by when it was accepted. */
    record Latency(long acceptedAt, long millis) {
    }

    private final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> awaitedClaims = new ConcurrentHashMap<>();
    private final Map<String, Long> completedAt = new ConcurrentHashMap<>();
    /**
     * Every claim given a verdict so far, by article: a verdict can arrive before its article's claims are seen
     * (other partitions, other consumers), and an article's claims can be extracted twice (a record processed again
     * after a consumer-group rebalance, as when a second instance joins) after some of their verdicts were seen.
     */
    private final Map<String, Set<String>> judgedClaims = new ConcurrentHashMap<>();

    void accepted(String articleId, long at) {
        acceptedAt.put(articleId, at);
    }

    synchronized void observe(ConsumerRecord<String, String> record) throws Exception {
        String articleId = record.key();
        if (articleId == null || completedAt.containsKey(articleId)) {
            return;
        }
        JsonNode value = JSON.readTree(record.value());
        if (record.topic().equals(io.factstream.contracts.Topic.CLAIMS_EXTRACTED.topicName())) {
            Set<String> claims = new HashSet<>();
            value.path("claims").forEach(claim -> claims.add(claim.path("claimId").asText()));
            claims.removeAll(judgedClaims.getOrDefault(articleId, Set.of()));
            awaitedClaims.put(articleId, claims);
        } else if (value.path("revision").asInt() >= 1) {
            String claimId = value.path("claimId").asText();
            judgedClaims.computeIfAbsent(articleId, id -> new HashSet<>()).add(claimId);
            if (awaitedClaims.containsKey(articleId)) {
                awaitedClaims.get(articleId).remove(claimId);
            }
        }
        Set<String> claims = awaitedClaims.get(articleId);
        if (claims != null && claims.isEmpty()) {
            completedAt.put(articleId, record.timestamp());
        }
    }

    int pushed() {
        return acceptedAt.size();
    }

    int completed() {
        return (int) acceptedCompletions().count();
    }

    List<Latency> latencies() {
        return acceptedCompletions()
                .map(completion -> new Latency(acceptedAt.get(completion.getKey()),
                        completion.getValue() - acceptedAt.get(completion.getKey())))
                .sorted(Comparator.comparingLong(Latency::acceptedAt))
                .toList();
    }

    /** Completions of articles whose 202 has come back: only those count, with their completion time. */
    private Stream<Map.Entry<String, Long>> acceptedCompletions() {
        return completedAt.entrySet().stream().filter(completion -> acceptedAt.containsKey(completion.getKey()));
    }

    /** The accepted articles whose report is not complete, each with what it still waits for. */
    List<String> incomplete() {
        return acceptedAt.keySet().stream().filter(id -> !completedAt.containsKey(id)).sorted().map(id -> {
            Set<String> claims = awaitedClaims.get(id);
            return claims == null ? id + " (no claims seen)" : id + " (no verdict yet for " + claims + ")";
        }).toList();
    }

    long firstAccepted() {
        return acceptedAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
    }

    long lastCompleted() {
        return acceptedCompletions().mapToLong(Map.Entry::getValue).max().orElse(0);
    }
}
