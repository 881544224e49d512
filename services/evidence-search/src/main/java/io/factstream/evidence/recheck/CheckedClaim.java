package io.factstream.evidence.recheck;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factstream.support.elasticsearch.StoredVector;
import io.factstream.stance.ArticleNames;
import io.factstream.stance.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A claim whose evidence was searched, as remembered for re-checking: new coverage may bear on it later.
 *
 * @param articleNames the people, organisations and places its article names (null in claims remembered before
 *                     they were kept)
 */
@JsonIgnoreProperties(value = "articleNameWords", allowGetters = true)
public record CheckedClaim(String claimId, String articleId, String outlet, String originId, Instant publishedAt,
        String text, List<String> articleNames,
        @JsonSerialize(using = StoredVector.Writer.class) @JsonDeserialize(using = StoredVector.Reader.class)
        float[] embedding) {

    /** Indexed, not read back: a new article's re-check looks up the claims whose articles share these words. */
    @JsonProperty("articleNameWords")
    public Set<String> articleNameWords() {
        return articleNames == null ? Set.of() : ArticleNames.wordsOf(articleNames);
    }

    /** The claim as the stance judge reads it: with its embedding and its article's names. */
    public Statement asStatement() {
        return Statement.of(text, embedding, articleNames);
    }
}
