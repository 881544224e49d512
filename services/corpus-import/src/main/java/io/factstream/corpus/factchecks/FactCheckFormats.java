package io.factstream.corpus.factchecks;

import io.factstream.corpus.read.CorpusReader;
import io.factstream.reference.factchecks.FactCheckDocument;
import java.io.IOException;
import java.io.InputStream;

/** The fact-check files the import reads, by name: LIAR's TSV, ClaimReview JSON-LD documents or JSON Lines. */
public final class FactCheckFormats {
    public static final String USAGE = "LIAR's TSV (*.tsv) or ClaimReview JSON-LD: a document of one, an array, a @graph or a"
            + " DataFeed (*.json, *.jsonld), or JSON Lines of them (*.jsonl); any of them .gz";

    private FactCheckFormats() {
    }

    public static CorpusReader<FactCheckDocument> readerFor(String unzippedName, InputStream content) throws IOException {
        if (unzippedName.endsWith(".tsv")) {
            return new LiarReader(content, unzippedName);
        }
        if (unzippedName.endsWith(".jsonl")) {
            return ClaimReviewReader.jsonLines(content);
        }
        if (unzippedName.endsWith(".json") || unzippedName.endsWith(".jsonld")) {
            return ClaimReviewReader.document(content);
        }
        throw new IllegalArgumentException("unknown fact-check format of " + unzippedName + ": expected " + USAGE);
    }
}
