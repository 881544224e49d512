package io.factstream.corpus.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.contracts.Ids;
import io.factstream.corpus.passages.ReferencePassages;
import io.factstream.corpus.read.CorpusDocument;
import io.factstream.corpus.read.CorpusRecord;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.reference.corpus.ReferenceIndex;
import io.factstream.reference.corpus.ReferencePassage;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Embeds each batch's passages and bulk-indexes them into a reference index, by deterministic id. */
public final class ReferenceWriter implements IndexWriter<CorpusDocument> {
    private final ElasticsearchConnection connection;
    private final String index;
    private final SentenceEmbedder embedder;

    private ReferenceWriter(ElasticsearchConnection connection, String index, SentenceEmbedder embedder) {
        this.connection = connection;
        this.index = index;
        this.embedder = embedder;
    }

    /** Connects to Elasticsearch at {@code elasticsearch} and creates {@code index} with the reference mapping if needed. */
    public static ReferenceWriter connect(URI elasticsearch, String index, SentenceEmbedder embedder)
            throws IOException {
        return new ReferenceWriter(ElasticsearchConnection.open(elasticsearch,
                client -> ReferenceIndex.ensure(client, index)), index, embedder);
    }

    public ElasticsearchClient client() {
        return connection.client();
    }

    @Override
    public List<String> passagesOf(CorpusDocument document) {
        return ReferencePassages.of(document.text());
    }

    @Override
    public List<CorpusRecord.Rejected<CorpusDocument>> write(List<DocumentPassages<CorpusDocument>> batch)
            throws IOException {
        List<String> texts = batch.stream().flatMap(document -> document.passages().stream()).toList();
        List<float[]> embeddings = embedder.embedAll(texts);
        BulkWrite<CorpusDocument> bulk = new BulkWrite<>(index);
        for (DocumentPassages<CorpusDocument> document : batch) {
            CorpusDocument source = document.record().document();
            for (int position = 0; position < document.passages().size(); position++) {
                bulk.index(document.record(), Ids.referencePassageId(source.url(), position), new ReferencePassage(
                        source.title(), source.url(), document.passages().get(position), source.date(), position,
                        embeddings.get(bulk.size())));
            }
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
