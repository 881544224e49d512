package io.factstream.query.stats;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.json.JsonData;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.ResultIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many claims of the articles published in the last day and the last week carry each label, counted on the
 * claims index, which holds each claim's newest label; a claim without a verdict yet counts as Pending.
 */
@ApplicationScoped
public class LabelStats {
    private static final String LABELS = "labels";
    private final ElasticsearchClient client;
    private final Clock clock;

    public LabelStats(ElasticsearchClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Label counts as of now, for the claims published within a day and within a week of it. */
    public record Stats(Instant asOf, Map<VerdictLabel, Long> last24Hours, Map<VerdictLabel, Long> last7Days) {
    }

    public Stats now() throws IOException {
        Instant now = clock.instant();
        return new Stats(now, countsSince(now.minus(Duration.ofDays(1))), countsSince(now.minus(Duration.ofDays(7))));
    }

    private Map<VerdictLabel, Long> countsSince(Instant since) throws IOException {
        var response = client.search(s -> s.index(ResultIndex.CLAIMS.indexName()).size(0)
                .query(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field("text")))
                        .filter(f -> f.range(r -> r.untyped(u -> u.field("publishedAt")
                                .gte(JsonData.of(since.toString())))))))
                .aggregations(LABELS, a -> a.terms(t -> t.field("label").missing(VerdictLabel.PENDING.name())
                        .size(VerdictLabel.values().length))), Void.class);
        Map<VerdictLabel, Long> counts = new EnumMap<>(VerdictLabel.class);
        for (StringTermsBucket bucket : response.aggregations().get(LABELS).sterms().buckets().array()) {
            counts.put(VerdictLabel.valueOf(bucket.key().stringValue()), bucket.docCount());
        }
        return counts;
    }
}
