package io.factstream.reference.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factstream.support.elasticsearch.StoredVector;

/**
 * One to two sentences of a reference-corpus document, as indexed in {@link ReferenceIndex}: the document's
 * title and url, its date when known (ISO-8601 date or date-time), the passage's position in the document
 * (0, 1, ...) and its MiniLM embedding.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferencePassage(String title, String url, String text, String date, int position,
        @JsonSerialize(using = StoredVector.Writer.class) @JsonDeserialize(using = StoredVector.Reader.class)
        float[] embedding) {
}
