package io.factstream.corpus;

import io.factstream.corpus.index.IndexWriter;
import io.factstream.corpus.progress.Checkpoint;
import io.factstream.corpus.progress.ImportSummary;
import io.factstream.corpus.progress.ProgressBar;
import io.factstream.corpus.read.CorpusFile;
import io.factstream.embedding.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;

/**
 * One import into Elasticsearch from the command line: what files it reads, into which index by default and how it
 * writes them. Every import streams its file in batches, shows progress and resumes from its checkpoint. Exit status
 * 0 when the whole file was read (bad records are reported, not fatal), 1 when the import stopped early (it resumes
 * from its checkpoint), 2 for a wrong command line.
 *
 * @param fileUsage the usage's line for FILE
 */
record ImportCommand<D>(String name, String fileUsage, String defaultIndex, CorpusFile.Formats<D> formats,
        Connector<D> connector) {

    /** Connects to Elasticsearch and ensures the index with its mapping. */
    @FunctionalInterface
    interface Connector<D> {
        IndexWriter<D> connect(URI elasticsearch, String index, SentenceEmbedder embedder) throws IOException;
    }

    String usage() {
        return "usage: " + name + " FILE [--es http://host:port] [--state DIR] [--index NAME] [--restart] [--batch N]"
                + System.lineSeparator() + "  FILE       " + fileUsage + System.lineSeparator()
                + ImportOptions.OPTIONS_USAGE.formatted(defaultIndex);
    }

    void main(String[] args) {
        PrintStream err = System.err;
        ImportOptions options;
        try {
            options = ImportOptions.parse(defaultIndex, args);
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            err.println(usage());
            System.exit(2);
            return;
        }
        try {
            ImportSummary summary = run(options, err);
            err.println(summary.format());
            System.exit(0);
        } catch (IOException | RuntimeException e) {
            err.println();
            err.println(name + ": stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    ImportSummary run(ImportOptions options, PrintStream err) throws IOException {
        if (!Files.isReadable(options.file())) {
            throw new IOException("cannot read " + options.file());
        }
        try (CorpusFile<D> file = CorpusFile.open(options.file(), formats)) {
            Checkpoint checkpoint = Checkpoint.of(options.file(), options.stateDirectory(), file.size().orElse(0));
            long committed = options.restart() ? 0 : checkpoint.committedRecords();
            err.printf("Importing %s into %s at %s%s%n", options.file(), options.index(), options.elasticsearch(),
                    committed > 0 ? ", resuming after record " + committed + " (" + checkpoint.file() + ")" : "");
            try (SentenceEmbedder embedder = new SentenceEmbedder();
                 IndexWriter<D> writer = connector.connect(options.elasticsearch(), options.index(), embedder)) {
                ProgressBar progress = new ProgressBar(err, file::bytesRead, file.size());
                ImportSummary summary = new Importer<>(writer, checkpoint, progress, options.batchPassages())
                        .run(file.reader(), committed);
                writer.refresh();
                return summary;
            }
        }
    }
}
