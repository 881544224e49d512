package io.factstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.factstream.bench.load.GroupOffsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults while articles keep coming: each service killed with SIGKILL and restarted in turn, Elasticsearch stopped
 * for 30 s, the Kafka broker restarted. Afterwards every article that ingest accepted has a complete report (a story,
 * sections, each claim with a verdict), no index holds two documents of one article, claim or passage, and every
 * service's consumer lag drains. Run by {@code make chaos} (about 12 minutes), not by {@code make test}.
 */
@Tag("chaos")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest extends WholePipelineTest {
    private static final List<String> SERVICES = List.of("ingest", "claim-extraction", "evidence-search", "verdict",
            "coverage-spectrum", "query");
    private static final Duration PACE = Duration.ofSeconds(2);
    private static final int ARTICLES_BETWEEN_FAULTS = 3;
    private static final Duration ACCEPTANCE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);

    /** Something that goes wrong while articles arrive. */
    private interface Fault {
        void strike(ArticleLoad load) throws Exception;
    }

    @Test
    @Order(1)
    void everyServiceKilledMidLoadAndRestartedLosesNothing() throws Exception {
        underLoad(load -> {
            for (String service : SERVICES) {
                services.crash(service);
                services.start(service);
                load.awaitMoreAccepted(ARTICLES_BETWEEN_FAULTS, ACCEPTANCE_TIMEOUT);
            }
        });
    }

    @Test
    @Order(2)
    void elasticsearchStoppedFor30SecondsMidLoadLosesNothing() throws Exception {
        underLoad(load -> {
            try {
                services.stopServers("elasticsearch");
                Thread.sleep(OUTAGE.toMillis());
            } finally {
                services.startServers();
            }
        });
    }

    @Test
    @Order(3)
    void kafkaBrokerRestartedMidLoadLosesNothing() throws Exception {
        underLoad(load -> {
            try {
                services.stopServers("kafka");
            } finally {
                services.startServers();
            }
        });
    }

    /** Articles arrive before, during and after the fault; then every accepted one is checked. */
    private static void underLoad(Fault fault) throws Exception {
        List<String> accepted;
        try (ArticleLoad load = new ArticleLoad(api, PACE)) {
            load.awaitMoreAccepted(ARTICLES_BETWEEN_FAULTS, ACCEPTANCE_TIMEOUT);
            fault.strike(load);
            load.awaitMoreAccepted(ARTICLES_BETWEEN_FAULTS, ACCEPTANCE_TIMEOUT);
            accepted = load.stop();
        }
        assertCompleteAndIndexedOnce(accepted);
    }

    private static void assertCompleteAndIndexedOnce(List<String> articleIds) throws Exception {
        long deadline = System.nanoTime() + RECOVERY_TIMEOUT.toNanos();
        completeReports(articleIds, deadline);
        // A fault can bring an article again as a new revision (ingest killed before it acknowledged), cleaned and so
        // cut into claims differently; each index then drops what the revision dropped. So the indices are compared
        // with the reports once the pipeline is quiet, not with reports read while it still worked.
        assertLagDrains(deadline);
        Map<String, JsonNode> reports = completeReports(articleIds, deadline);
        List<String> claimIds = new ArrayList<>();
        reports.values().forEach(report -> report.get("claims").forEach(claim -> claimIds.add(
                claim.get("id").asText())));
        assertEquals(claimIds.size(), new HashSet<>(claimIds).size(), "a claim listed twice in a report");

        IndexedDocuments indexed = new IndexedDocuments(services);
        Map<List<String>, Integer> onePerArticle = articleIds.stream()
                .collect(Collectors.toMap(List::of, id -> 1));
        for (String index : List.of("factstream-articles", "factstream-analyses", "factstream-story-articles")) {
            assertEquals(onePerArticle, indexed.countsByKey(index, articleIds, List.of("articleId")), index);
        }
        Map<List<String>, Integer> onePerClaim = claimIds.stream().collect(Collectors.toMap(List::of, id -> 1));
        assertEquals(onePerClaim, indexed.countsByKey("factstream-verdicts", articleIds, List.of("claimId")),
                "factstream-verdicts");
        assertEquals(claimIds.size(), assertOnce(indexed, "factstream-claims", articleIds, "start"),
                "claims indexed for the reports' claims");
        assertOnce(indexed, "factstream-passages", articleIds, "text");
        assertOnce(indexed, "factstream-checked-claims", articleIds, "text");
    }

    /** Each article's report once it has a story, its sections and a verdict for every claim. */
    private static Map<String, JsonNode> completeReports(List<String> articleIds, long deadline) throws Exception {
        Map<String, JsonNode> reports = new HashMap<>();
        for (String id : articleIds) {
            Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0));
            reports.put(id, api.awaitReport(id, report -> PipelineApi.fullyProcessed(report)
                    && !report.path("claims").isEmpty(), left));
        }
        return reports;
    }

    /** Every running service's consumer group catches up with its topics: the fault left no backlog behind. */
    private static void assertLagDrains(long deadline) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + services.port("kafka")))) {
            Map<String, Long> lag = Map.of();
            while (System.nanoTime() < deadline) {
                lag = new TreeMap<>();
                for (String group : GroupOffsets.activePipelineGroups(admin)) {
                    lag.put(group, GroupOffsets.of(admin, group).lag());
                }
                if (!lag.isEmpty() && lag.values().stream().allMatch(records -> records == 0)) {
                    return;
                }
                Thread.sleep(1_000);
            }
            fail("consumer lag did not drain within " + RECOVERY_TIMEOUT + ": " + lag);
        }
    }

    /**
     * Asserts that every article has documents in {@code index} and no two of an article's share {@code field};
     * returns how many there are.
     */
    private static int assertOnce(IndexedDocuments indexed, String index, List<String> articleIds, String field)
            throws Exception {
        Map<List<String>, Integer> counts = indexed.countsByKey(index, articleIds, List.of("articleId", field));
        Map<List<String>, Integer> repeated = counts.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), repeated, "documents written twice to " + index);
        Set<String> articlesFound = counts.keySet().stream().map(key -> key.get(0)).collect(Collectors.toSet());
        assertEquals(new HashSet<>(articleIds), articlesFound, "articles with documents in " + index);
        return counts.size();
    }
}
