package io.factstream.corpus.factchecks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.contracts.Ids;
import io.factstream.corpus.index.BulkWrite;
import io.factstream.corpus.index.DocumentPassages;
import io.factstream.corpus.index.ElasticsearchConnection;
import io.factstream.corpus.index.IndexWriter;
import io.factstream.corpus.read.CorpusRecord;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.reference.factchecks.FactCheckDocument;
import io.factstream.reference.factchecks.FactCheckIndex;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * Embeds each fact-check's claim reviewed and bulk-indexes it into a fact-checks index, by its deterministic id, with
 * the time it was imported: evidence search re-checks earlier claims against fact-checks imported after them.
 */
public final class FactCheckWriter implements IndexWriter<FactCheckDocument> {
    private final ElasticsearchConnection connection;
    private final String index;
    private final SentenceEmbedder embedder;
    private final Clock clock;

    private FactCheckWriter(ElasticsearchConnection connection, String index, SentenceEmbedder embedder, Clock clock) {
        this.connection = connection;
        this.index = index;
        this.embedder = embedder;
        this.clock = clock;
    }

    public static FactCheckWriter connect(URI elasticsearch, String index, SentenceEmbedder embedder)
            throws IOException {
        return new FactCheckWriter(ElasticsearchConnection.open(elasticsearch,
                client -> FactCheckIndex.ensure(client, index)), index, embedder, Clock.systemUTC());
    }

    public ElasticsearchClient client() {
        return connection.client();
    }

    @Override
    public List<String> passagesOf(FactCheckDocument factCheck) {
        return List.of(factCheck.claimReviewed());
    }

    @Override
    public List<CorpusRecord.Rejected<FactCheckDocument>> write(List<DocumentPassages<FactCheckDocument>> batch)
            throws IOException {
        List<float[]> embeddings = embedder.embedAll(batch.stream().map(item -> item.passages().getFirst()).toList());
        String importedAt = clock.instant().toString();
        BulkWrite<FactCheckDocument> bulk = new BulkWrite<>(index);
        for (DocumentPassages<FactCheckDocument> item : batch) {
            FactCheckDocument parsed = item.record().document();
            bulk.index(item.record(), Ids.factCheckId(parsed.reviewUrl(), parsed.reviewer(), parsed.claimReviewed()),
                    parsed.imported(embeddings.get(bulk.size()), importedAt));
        }
        return bulk.send(connection.client());
    }

    @Override
    public void refresh() throws IOException {
        connection.refresh(index);
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
