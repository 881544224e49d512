package io.factstream.evidence.recheck;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factstream.stance.Statement;
import io.factstream.support.elasticsearch.StoredVector;
import java.time.Instant;
import java.util.List;

/**
 * A claim whose evidence was searched, as remembered for re-checking: new coverage may bear on it later.
 *
 * @param speaker      who the article says made the claim, or null (also in claims remembered before it was kept)
 * @param articleNames the people, organisations and places its article names (null in claims remembered before
 *                     they were kept)
 */
public record CheckedClaim(String claimId, String articleId, String outlet, String originId, Instant publishedAt,
        String text, String speaker, List<String> articleNames,
        @JsonSerialize(using = StoredVector.Writer.class) @JsonDeserialize(using = StoredVector.Reader.class)
        float[] embedding) {

    /** The claim as the stance judge reads it: with its embedding, its article's names and day. */
    public Statement asStatement() {
        return Statement.of(text, embedding, articleNames, Statement.day(publishedAt));
    }
}
