package io.factstream.evidence.passages;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.EvidenceKind;
import io.factstream.stance.StanceResult;
import io.factstream.stance.Statement;
import io.factstream.support.elasticsearch.StoredVector;
import java.time.Instant;
import java.util.List;

/**
 * A stretch of an article that evidence search can cite, as indexed in Elasticsearch.
 *
 * @param articleNames the people, organisations and places its article names (null in passages indexed before
 *                     they were kept)
 * @param embedding    the passage's embedding as claim extraction computed it (unit length, so cosine is a dot
 *                     product)
 */
public record Passage(String passageId, String articleId, String originId, String outlet, String url, String title,
        String text, Instant publishedAt, List<String> articleNames,
        @JsonSerialize(using = StoredVector.Writer.class) @JsonDeserialize(using = StoredVector.Reader.class)
        float[] embedding) {

    /** This passage cited for a claim, as the stance judge found it. */
    public Evidence asEvidence(StanceResult stance) {
        return new Evidence(EvidenceKind.CROSS_REFERENCE, stance.stance(), url, outlet, originId, text, stance.score(),
                publishedAt, stance.basis(), stance.reason());
    }

    /** This passage as the stance judge reads it: with its embedding, its article's names and day. */
    public Statement asStatement(float[] embedding) {
        return Statement.of(text, embedding, articleNames, Statement.day(publishedAt));
    }
}
