package io.factstream.corpus;

import static io.factstream.support.elasticsearch.VectorSearch.sourceWithVectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetMappingResponse;
import co.elastic.clients.json.JsonData;
import io.factstream.corpus.index.ReferenceWriter;
import io.factstream.corpus.progress.ImportSummary;
import io.factstream.corpus.read.CorpusFiles;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.reference.corpus.ReferencePassage;
import io.factstream.text.Vectors;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import against the Elasticsearch of the test stack ({@code make test}; port from deploy/local/profile.sh,
 * or {@code -Dfactstream.elasticsearch=http://host:port}), into an index of its own.
 */
class ReferenceCorpusImportTest {
    private static final String INDEX = "factstream-reference-import-test";
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path directory;

    @Test
    void importsBothFormatsResumesAndFindsPassagesByWordsAndByMeaning() throws Exception {
        URI elasticsearch = TestStack.elasticsearch();
        Path state = directory.resolve("state");
        Path abstracts = CorpusFiles.copy("sample-abstract.xml", directory, true);
        Path jsonLines = CorpusFiles.copy("sample.jsonl", directory, true);
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        try (ReferenceWriter connection = ReferenceWriter.connect(elasticsearch, INDEX, embedder)) {
            ElasticsearchClient client = connection.client();
            client.indices().delete(d -> d.index(INDEX));

            ImportSummary first = CorpusImport.run(options(abstracts, elasticsearch, state), QUIET);
            ImportSummary second = CorpusImport.run(options(jsonLines, elasticsearch, state), QUIET);
            ImportSummary again = CorpusImport.run(options(abstracts, elasticsearch, state), QUIET);

            assertEquals(List.of(2L, 2L, 2L), List.of(first.imported(), first.passages(), first.badCount()));
            assertEquals(List.of(2L, 2L, 5L), List.of(second.imported(), second.passages(), second.badCount()));
            assertEquals(List.of(0L, 4L), List.of(again.imported(), again.skipped()), "resumes after the checkpoint");
            assertEquals(4, client.count(c -> c.index(INDEX)).count());

            List<String> byWords = titles(client.search(s -> s.index(INDEX)
                    .query(q -> q.match(m -> m.field("text").query("bridges repaired"))), ReferencePassage.class)
                    .hits().hits());
            assertEquals(List.of("Westport harbour bridge"), byWords, "the english analyzer stems both");

            List<Float> question = vector(embedder.embed("How much fish did the boats of Westport bring in?"));
            List<Hit<ReferencePassage>> nearest = client.search(s -> s.index(INDEX).source(sourceWithVectors())
                    .knn(k -> k.field("embedding").queryVector(question).k(1).numCandidates(10)),
                    ReferencePassage.class).hits().hits();
            assertEquals(List.of("Westport fishing fleet"), titles(nearest));
            ReferencePassage fleet = nearest.getFirst().source();
            // the vector read back is the passage's: alone, the text embeds to within 0.99 of its vector in a batch
            assertTrue(Vectors.cosine(embedder.embed(fleet.text()), fleet.embedding()) > 0.99);
            JsonValue stored = client.get(g -> g.index(INDEX).id(nearest.getFirst().id()), JsonData.class)
                    .source().toJson().asJsonObject().get("embedding");
            assertEquals(JsonValue.ValueType.STRING, stored.getValueType(),
                    "the vector is kept in _source as written, not rebuilt as 384 numbers for every hit");

            GetMappingResponse mapping = client.indices().getMapping(m -> m.index(INDEX));
            var properties = mapping.get(INDEX).mappings().properties();
            assertEquals("english", properties.get("text").text().analyzer());
            assertEquals(384, properties.get("embedding").denseVector().dims());
        }
    }

    private static ImportOptions options(Path file, URI elasticsearch, Path state) {
        return new ImportOptions(file, elasticsearch, state, INDEX, false, 256);
    }

    private static List<String> titles(List<Hit<ReferencePassage>> hits) {
        return hits.stream().map(hit -> hit.source().title()).toList();
    }

    private static List<Float> vector(float[] embedding) {
        List<Float> vector = new ArrayList<>(embedding.length);
        for (float value : embedding) {
            vector.add(value);
        }
        return vector;
    }
}
