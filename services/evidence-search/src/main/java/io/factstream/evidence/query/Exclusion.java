package io.factstream.evidence.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Whose passages a claim must not cite, and whose claims new passages must not re-check: the same article, outlet
 * or origin (reprints of one wire story).
 */
public record Exclusion(String articleId, String outlet, String originId) {
    public Query asFilter() {
        return Query.of(q -> q.bool(b -> b
                .mustNot(n -> n.term(t -> t.field("articleId").value(FieldValue.of(orEmpty(articleId)))))
                .mustNot(n -> n.term(t -> t.field("outlet").value(FieldValue.of(orEmpty(outlet)))))
                .mustNot(n -> n.term(t -> t.field("originId").value(FieldValue.of(orEmpty(originId)))))));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
