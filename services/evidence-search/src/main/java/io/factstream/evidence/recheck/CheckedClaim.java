package io.factstream.evidence.recheck;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factstream.support.elasticsearch.StoredVector;
import java.time.Instant;

/** A claim whose evidence was searched, as remembered for re-checking: new coverage may bear on it later. */
public record CheckedClaim(String claimId, String articleId, String outlet, String originId, Instant publishedAt,
        String text,
        @JsonSerialize(using = StoredVector.Writer.class) @JsonDeserialize(using = StoredVector.Reader.class)
        float[] embedding) {
}
