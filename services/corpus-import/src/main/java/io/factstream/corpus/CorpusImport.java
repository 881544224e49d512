package io.factstream.corpus;

import io.factstream.corpus.index.ReferenceWriter;
import io.factstream.corpus.progress.ImportSummary;
import io.factstream.corpus.read.CorpusDocument;
import io.factstream.corpus.read.CorpusFile;
import io.factstream.reference.corpus.ReferenceIndex;
import java.io.IOException;
import java.io.PrintStream;

/** Loads a reference corpus into Elasticsearch: {@code import-corpus FILE [options]}. */
public final class CorpusImport {
    static final ImportCommand<CorpusDocument> COMMAND = new ImportCommand<>("import-corpus",
            "Wikipedia abstracts dump (*.xml, *.xml.gz) or JSON lines of {title, url, text, date?} (*.jsonl, *.jsonl.gz)",
            ReferenceIndex.NAME, CorpusFile::referenceReader, ReferenceWriter::connect);

    private CorpusImport() {
    }

    public static void main(String[] args) {
        COMMAND.main(args);
    }

    static ImportSummary run(ImportOptions options, PrintStream err) throws IOException {
        return COMMAND.run(options, err);
    }
}
