package io.factstream.corpus;

import io.factstream.corpus.index.ReferenceWriter;
import io.factstream.corpus.progress.Checkpoint;
import io.factstream.corpus.progress.ImportSummary;
import io.factstream.corpus.progress.ProgressBar;
import io.factstream.corpus.read.CorpusFile;
import io.factstream.embedding.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;

/**
 * Loads a reference corpus into Elasticsearch: {@code import-corpus FILE [options]} ({@link ImportOptions#USAGE}).
 * Exit status 0 when the whole file was read (bad records are reported, not fatal), 1 when the import stopped
 * early (it resumes from its checkpoint), 2 for a wrong command line.
 */
public final class CorpusImport {
    private CorpusImport() {
    }

    public static void main(String[] args) {
        PrintStream err = System.err;
        ImportOptions options;
        try {
            options = ImportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("import-corpus: " + e.getMessage());
            err.println(ImportOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            ImportSummary summary = run(options, err);
            err.println(summary.format());
            System.exit(0);
        } catch (IOException | RuntimeException e) {
            err.println();
            err.println("import-corpus: stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    static ImportSummary run(ImportOptions options, PrintStream err) throws IOException {
        if (!Files.isReadable(options.file())) {
            throw new IOException("cannot read " + options.file());
        }
        try (CorpusFile file = CorpusFile.open(options.file())) {
            Checkpoint checkpoint = Checkpoint.of(options.file(), options.stateDirectory(), file.size().orElse(0));
            long committed = options.restart() ? 0 : checkpoint.committedRecords();
            err.printf("Importing %s into %s at %s%s%n", options.file(), options.index(), options.elasticsearch(),
                    committed > 0 ? ", resuming after record " + committed + " (" + checkpoint.file() + ")" : "");
            try (SentenceEmbedder embedder = new SentenceEmbedder();
                 ReferenceWriter writer = ReferenceWriter.connect(options.elasticsearch(), options.index(), embedder)) {
                ProgressBar progress = new ProgressBar(err, file::bytesRead, file.size());
                ImportSummary summary = new Importer(writer, checkpoint, progress, options.batchPassages())
                        .run(file.reader(), committed);
                writer.refresh();
                return summary;
            }
        }
    }
}
