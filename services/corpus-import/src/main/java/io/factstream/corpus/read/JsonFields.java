package io.factstream.corpus.read;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the fields of a JSON record that may be absent or of another type. */
public final class JsonFields {
    private JsonFields() {
    }

    /** The field's string, or null when it is absent, not a string or blank. */
    public static String text(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
