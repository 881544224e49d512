package io.factstream.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.factstream.query.indexing.ResultIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

/** Full-text search over the claims index, with filters on label, outlet, topic, story and publication date. */
@ApplicationScoped
public class ClaimSearch {
    private final ElasticsearchClient client;

    public ClaimSearch(ElasticsearchClient client) {
        this.client = client;
    }

    /** A page of claims; only claims whose text is indexed (not labels alone) are found. */
    public ClaimPage find(ClaimQuery query) throws IOException {
        SearchResponse<ClaimHit> response = client.search(s -> {
            s.index(ResultIndex.CLAIMS.indexName()).query(q -> q.bool(b -> conditions(b, query)))
                    .from(query.page() * query.size()).size(query.size()).trackTotalHits(t -> t.enabled(true));
            if (query.sort() == ClaimQuery.Sort.RELEVANCE && hasWords(query)) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            return s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("claimId").order(SortOrder.Asc)));
        }, ClaimHit.class);
        List<ClaimHit> claims = response.hits().hits().stream().map(Hit::source).toList();
        long total = response.hits().total() == null ? claims.size() : response.hits().total().value();
        return new ClaimPage(total, query.page(), query.size(), claims);
    }

    private static BoolQuery.Builder conditions(BoolQuery.Builder bool, ClaimQuery query) {
        bool.filter(f -> f.exists(e -> e.field("text")));
        if (hasWords(query)) {
            bool.must(m -> m.match(t -> t.field("text").query(query.words()).operator(Operator.And)));
        }
        if (query.label() != null) {
            bool.filter(f -> f.term(t -> t.field("label").value(FieldValue.of(query.label().name()))));
        }
        if (query.outlet() != null) {
            bool.filter(f -> f.term(t -> t.field("outlet").value(FieldValue.of(query.outlet()))));
        }
        if (query.topic() != null) {
            bool.filter(f -> f.term(t -> t.field("topics").value(FieldValue.of(query.topic()))));
        }
        if (query.articleIds() != null) {
            List<FieldValue> ids = query.articleIds().stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field("articleId").terms(v -> v.value(ids))));
        }
        if (query.editorial() != null) {
            bool.filter(f -> f.term(t -> t.field("editorial").value(query.editorial())));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f -> f.range(r -> r.untyped(u -> {
                u.field("publishedAt");
                if (query.from() != null) {
                    u.gte(JsonData.of(query.from().toString()));
                }
                if (query.to() != null) {
                    u.lt(JsonData.of(query.to().toString()));
                }
                return u;
            })));
        }
        return bool;
    }

    private static boolean hasWords(ClaimQuery query) {
        return query.words() != null && !query.words().isBlank();
    }

    /** One page of a claim search; {@code total} counts every match. */
    public record ClaimPage(long total, int page, int size, List<ClaimHit> claims) {
    }
}
