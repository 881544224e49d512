package io.factstream.corpus;

import static io.factstream.support.elasticsearch.VectorSearch.sourceWithVectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.factstream.corpus.factchecks.FactCheckWriter;
import io.factstream.corpus.progress.ImportSummary;
import io.factstream.corpus.read.CorpusFiles;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.reference.factchecks.FactCheckDocument;
import io.factstream.reference.factchecks.FactCheckIndex;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code make import-factchecks} against the Elasticsearch of the test stack, into an index of its own. */
class FactCheckImportTest {
    private static final String INDEX = "factstream-fact-checks-import-test";
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path directory;

    @Test
    void importsLiarAndClaimReviewResumesAndFindsAReviewByMeaning() throws Exception {
        URI elasticsearch = TestStack.elasticsearch();
        Path liar = CorpusFiles.copy("sample-liar.tsv", directory, false);
        Path claimReviews = CorpusFiles.copy("sample-claimreview.jsonl", directory, true);
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        try (FactCheckWriter connection = FactCheckWriter.connect(elasticsearch, INDEX, embedder)) {
            ElasticsearchClient client = connection.client();
            client.indices().delete(d -> d.index(INDEX));

            ImportSummary fromLiar = FactCheckImport.run(options(liar, elasticsearch, false), QUIET);
            ImportSummary fromClaimReview = FactCheckImport.run(options(claimReviews, elasticsearch, false), QUIET);
            ImportSummary resumed = FactCheckImport.run(options(liar, elasticsearch, false), QUIET);
            ImportSummary again = FactCheckImport.run(options(claimReviews, elasticsearch, true), QUIET);

            assertEquals(List.of(3L, 2L), List.of(fromLiar.imported(), fromLiar.badCount()));
            assertEquals(List.of(2L, 3L), List.of(fromClaimReview.imported(), fromClaimReview.badCount()));
            assertEquals(List.of(0L, 5L), List.of(resumed.imported(), resumed.skipped()), "resumes after the checkpoint");
            assertEquals(2L, again.imported());
            assertEquals(5, client.count(c -> c.index(INDEX)).count(), "a fact-check imported again replaces itself");

            float[] question = embedder.embed("Was the dam at Halvern ever inspected after it was opened?");
            List<Float> vector = new ArrayList<>();
            for (float value : question) {
                vector.add(value);
            }
            List<Hit<FactCheckDocument>> nearest = client.search(s -> s.index(INDEX).source(sourceWithVectors())
                    .knn(k -> k.field("embedding").queryVector(vector).k(1).numCandidates(10)),
                    FactCheckDocument.class).hits().hits();
            FactCheckDocument dam = nearest.getFirst().source();
            assertEquals("The Halvern dam has never been inspected since it opened.", dam.claimReviewed());
            assertEquals("Mostly False", dam.ratingPublished());
            assertNotNull(dam.importedAt(), "re-checks find fact-checks imported after a claim by this time");
            assertEquals(384, dam.embedding().length);

            var properties = client.indices().getMapping(m -> m.index(INDEX)).get(INDEX).mappings().properties();
            assertEquals("english", properties.get(FactCheckIndex.CLAIM_FIELD).text().analyzer());
        }
    }

    private static ImportOptions options(Path file, URI elasticsearch, boolean restart) {
        return new ImportOptions(file, elasticsearch, directory(file), INDEX, restart, 2);
    }

    private static Path directory(Path file) {
        return file.getParent().resolve("state");
    }
}
