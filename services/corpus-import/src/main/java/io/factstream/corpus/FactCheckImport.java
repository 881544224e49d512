package io.factstream.corpus;

import io.factstream.corpus.factchecks.FactCheckFormats;
import io.factstream.corpus.factchecks.FactCheckWriter;
import io.factstream.corpus.progress.ImportSummary;
import io.factstream.reference.factchecks.FactCheckDocument;
import io.factstream.reference.factchecks.FactCheckIndex;
import java.io.IOException;
import java.io.PrintStream;

/** Loads published fact-checks into Elasticsearch: {@code import-factchecks FILE [options]} (docs/evidence.md). */
public final class FactCheckImport {
    static final ImportCommand<FactCheckDocument> COMMAND = new ImportCommand<>("import-factchecks",
            FactCheckFormats.USAGE, FactCheckIndex.NAME, FactCheckFormats::readerFor, FactCheckWriter::connect);

    private FactCheckImport() {
    }

    public static void main(String[] args) {
        COMMAND.main(args);
    }

    static ImportSummary run(ImportOptions options, PrintStream err) throws IOException {
        return COMMAND.run(options, err);
    }
}
