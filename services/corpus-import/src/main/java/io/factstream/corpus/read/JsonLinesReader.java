package io.factstream.corpus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * JSON Lines of {@code {"title", "url", "text", "date"?}}, one document per line; a record's number is its line.
 * Blank lines are not records.
 */
public final class JsonLinesReader implements CorpusReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader lines;
    private long lineNumber;

    public JsonLinesReader(InputStream in) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public CorpusRecord next() throws IOException {
        String line;
        do {
            line = lines.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        return parse(lineNumber, line);
    }

    static CorpusRecord parse(long lineNumber, String line) {
        String location = "line " + lineNumber;
        JsonNode json;
        try {
            json = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new CorpusRecord.Rejected(lineNumber, location, "invalid JSON: " + e.getOriginalMessage());
        }
        if (!json.isObject()) {
            return new CorpusRecord.Rejected(lineNumber, location, "not a JSON object");
        }
        String url = text(json, "url");
        String text = text(json, "text");
        String date = text(json, "date");
        if (url == null) {
            return new CorpusRecord.Rejected(lineNumber, location, "missing url");
        }
        if (text == null) {
            return new CorpusRecord.Rejected(lineNumber, location, "missing text");
        }
        if (date != null && !isIsoDate(date)) {
            return new CorpusRecord.Rejected(lineNumber, location, "invalid date '" + date + "'");
        }
        return new CorpusRecord.Parsed(lineNumber, location, new CorpusDocument(text(json, "title"), url, text, date));
    }

    /** The field's string, or null when it is absent, not a string or blank. */
    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /** The ISO-8601 forms Elasticsearch's default date format accepts: a date, or a date-time with offset. */
    private static boolean isIsoDate(String date) {
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException notADate) {
            try {
                OffsetDateTime.parse(date, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                return true;
            } catch (DateTimeParseException notADateTime) {
                return false;
            }
        }
    }
}
