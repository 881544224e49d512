package io.factstream.evidence.query;

import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.factstream.contracts.EntityMention;
import io.factstream.contracts.ExtractedClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the words of a claim leave out of a BM25 search: which of them are names, and when the claim was published.
 * Candidates that name the claim's people, organisations and places as whole names, and candidates published in the
 * days around the claim, rank first among those sharing its words: "Lina Ortiz opened the library" before "Lina Ray
 * opened the Ortiz library", this week's report of an annual event before last year's.
 *
 * @param names        the names the claim mentions (null or blank ones are left out)
 * @param articleNames the names its article mentions (the claim's own among them), by which the stance judge tells
 *                     a report of the same event from one about another
 * @param publishedAt  when the claim's article was published, or null when unknown
 * @param speaker      who the article says made the claim, or null: a fact-check of that person's claim matches
 */
public record ClaimContext(List<String> names, Set<String> articleNames, Instant publishedAt, String speaker) {
    /** A whole name counts about as much again as its words do alone. */
    private static final float NAME_BOOST = 1.0f;
    /** At most this much is added for the same day, half of it a week apart: a tie-breaker among similar matches. */
    private static final float SAME_DAYS_BOOST = 2.0f;
    private static final String SAME_DAYS_PIVOT = "7d";

    public ClaimContext {
        names = names == null ? List.of()
                : names.stream().filter(name -> name != null && !name.isBlank()).distinct().toList();
        articleNames = articleNames == null ? Set.copyOf(names) : Set.copyOf(articleNames);
    }

    /** A claim sent on its own, with whatever names it is known to mention. */
    public static ClaimContext alone(List<String> names, Instant publishedAt) {
        return new ClaimContext(names, null, publishedAt, null);
    }

    /** @param articleNames the names of the claim's article, as its passages keep them */
    public static ClaimContext of(ExtractedClaim claim, List<String> articleNames, Instant publishedAt) {
        return new ClaimContext(claim.entities() == null ? null
                : claim.entities().stream().map(EntityMention::text).toList(), Set.copyOf(articleNames), publishedAt,
                claim.speaker());
    }

    /** Queries that lift a match by words: its names as phrases, and nearness of {@code dateField} to the claim's. */
    public List<Query> preferring(String textField, String dateField) {
        List<Query> preferred = new ArrayList<>(namesIn(textField));
        if (publishedAt != null) {
            preferred.add(Query.of(q -> q.distanceFeature(d -> d.date(date -> date.field(dateField)
                    .origin(publishedAt.toString()).pivot(Time.of(t -> t.time(SAME_DAYS_PIVOT)))
                    .boost(SAME_DAYS_BOOST)))));
        }
        return preferred;
    }

    /** Queries that lift a match by words when it names the claim's names as whole phrases. */
    public List<Query> namesIn(String textField) {
        return names.stream().map(name -> Query.of(q -> q.matchPhrase(p -> p.field(textField).query(name)
                .boost(NAME_BOOST)))).toList();
    }
}
