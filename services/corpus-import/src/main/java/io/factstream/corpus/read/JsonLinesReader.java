package io.factstream.corpus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines of {@code {"title", "url", "text", "date"?}}, one document per line; a record's number is its line.
 * Blank lines are not records.
 */
public final class JsonLinesReader implements CorpusReader<CorpusDocument> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NumberedLines lines;

    public JsonLinesReader(InputStream in) {
        this.lines = new NumberedLines(in);
    }

    @Override
    public CorpusRecord<CorpusDocument> next() throws IOException {
        NumberedLines.Line line = lines.next();
        return line == null ? null : parse(line.number(), line.text());
    }

    static CorpusRecord<CorpusDocument> parse(long lineNumber, String line) {
        String location = "line " + lineNumber;
        JsonNode json;
        try {
            json = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new CorpusRecord.Rejected<>(lineNumber, location, "invalid JSON: " + e.getOriginalMessage());
        }
        if (!json.isObject()) {
            return new CorpusRecord.Rejected<>(lineNumber, location, "not a JSON object");
        }
        String url = text(json, "url");
        String text = text(json, "text");
        String date = text(json, "date");
        if (url == null) {
            return new CorpusRecord.Rejected<>(lineNumber, location, "missing url");
        }
        if (text == null) {
            return new CorpusRecord.Rejected<>(lineNumber, location, "missing text");
        }
        if (date != null && !IsoDates.valid(date)) {
            return new CorpusRecord.Rejected<>(lineNumber, location, "invalid date '" + date + "'");
        }
        return new CorpusRecord.Parsed<>(lineNumber, location, new CorpusDocument(text(json, "title"), url, text, date));
    }

    private static String text(JsonNode json, String field) {
        return JsonFields.text(json, field);
    }
}
