package io.factstream.corpus.factchecks;

import io.factstream.contracts.FactCheckRating.NormalisedRating;
import io.factstream.corpus.read.CorpusReader;
import io.factstream.corpus.read.CorpusRecord;
import io.factstream.corpus.read.NumberedLines;
import io.factstream.reference.factchecks.FactCheckDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The TSV of LIAR (Wang, ACL 2017): PolitiFact's statements with their six-way rating, one per line (id, label,
 * statement, subjects, speaker, job, state, party, five counts, context). Each is a fact-check by PolitiFact with the
 * rating's name as PolitiFact publishes it ("barely-true" has been "Mostly False" since 2011). The dataset gives no
 * review url or date. PolitiFact's statements begin "Says ..." for "the speaker says ...": the claim reviewed is
 * what follows.
 */
final class LiarReader implements CorpusReader<FactCheckDocument> {
    static final String REVIEWER = "PolitiFact";
    private static final int COLUMNS = 14;
    private static final Pattern SAYS = Pattern.compile("^Says,?\\s+(?:that\\s+)?");
    private static final Map<String, String> PUBLISHED = Map.of("true", "True", "mostly-true", "Mostly True",
            "half-true", "Half True", "barely-true", "Mostly False", "false", "False", "pants-fire", "Pants on Fire");

    private final NumberedLines lines;
    private final String fileName;

    LiarReader(InputStream in, String fileName) {
        this.lines = new NumberedLines(in);
        this.fileName = fileName;
    }

    @Override
    public CorpusRecord<FactCheckDocument> next() throws IOException {
        NumberedLines.Line line = lines.next();
        return line == null ? null : parse(line.number(), line.text());
    }

    private CorpusRecord<FactCheckDocument> parse(long lineNumber, String line) {
        String[] columns = line.split("\t", -1);
        String location = "line " + lineNumber;
        if (columns.length != COLUMNS) {
            return new CorpusRecord.Rejected<>(lineNumber, location, columns.length + " columns, not " + COLUMNS);
        }
        location += " (statement " + columns[0] + ")";
        String published = PUBLISHED.get(columns[1].strip());
        if (published == null) {
            return new CorpusRecord.Rejected<>(lineNumber, location, "unknown rating '" + columns[1] + "'");
        }
        String claim = SAYS.matcher(columns[2].strip()).replaceFirst("");
        if (claim.isEmpty()) {
            return new CorpusRecord.Rejected<>(lineNumber, location, "empty statement");
        }
        claim = Character.toUpperCase(claim.charAt(0)) + claim.substring(1);
        NormalisedRating rating = Ratings.ofName(published);
        return new CorpusRecord.Parsed<>(lineNumber, location, new FactCheckDocument(claim,
                speakerName(columns[4]), null, REVIEWER, null, null, published, rating,
                "LIAR " + fileName + " " + location, null, null));
    }

    /** LIAR's speakers are slugs: "barack-obama" is Barack Obama. */
    static String speakerName(String slug) {
        if (slug.isBlank()) {
            return null;
        }
        return Arrays.stream(slug.strip().split("-")).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
