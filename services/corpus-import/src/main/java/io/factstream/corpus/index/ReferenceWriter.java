package io.factstream.corpus.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.factstream.contracts.Ids;
import io.factstream.corpus.read.CorpusDocument;
import io.factstream.corpus.read.CorpusRecord;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.support.elasticsearch.reference.ReferenceIndex;
import io.factstream.support.elasticsearch.reference.ReferencePassage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** Embeds each batch's passages and bulk-indexes them into a reference index, by deterministic id. */
public final class ReferenceWriter implements PassageWriter, AutoCloseable {
    private final RestClient restClient;
    private final ElasticsearchClient client;
    private final String index;
    private final SentenceEmbedder embedder;

    private ReferenceWriter(RestClient restClient, String index, SentenceEmbedder embedder) {
        this.restClient = restClient;
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
        this.index = index;
        this.embedder = embedder;
    }

    /** Connects to Elasticsearch at {@code elasticsearch} and creates {@code index} with the reference mapping if needed. */
    public static ReferenceWriter connect(URI elasticsearch, String index, SentenceEmbedder embedder)
            throws IOException {
        RestClient restClient = RestClient.builder(HttpHost.create(elasticsearch.toString())).build();
        ReferenceWriter writer = new ReferenceWriter(restClient, index, embedder);
        try {
            // Our minimal Elasticsearch distribution answers GET / with 405, so health is the reachability probe.
            writer.client.cluster().health();
            ReferenceIndex.ensure(writer.client, index);
        } catch (IOException | UncheckedIOException e) {
            restClient.close();
            throw new IOException("cannot reach Elasticsearch at " + elasticsearch + ": " + e.getMessage(), e);
        }
        return writer;
    }

    public ElasticsearchClient client() {
        return client;
    }

    @Override
    public List<CorpusRecord.Rejected> write(List<DocumentPassages> batch) throws IOException {
        List<String> texts = batch.stream().flatMap(document -> document.passages().stream()).toList();
        List<float[]> embeddings = embedder.embedAll(texts);
        List<CorpusRecord.Parsed> owners = new ArrayList<>(texts.size());
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        for (DocumentPassages document : batch) {
            CorpusDocument source = document.record().document();
            for (int position = 0; position < document.passages().size(); position++) {
                ReferencePassage passage = new ReferencePassage(source.title(), source.url(),
                        document.passages().get(position), source.date(), position, embeddings.get(owners.size()));
                String id = Ids.referencePassageId(source.url(), position);
                bulk.operations(op -> op.index(i -> i.id(id).document(passage)));
                owners.add(document.record());
            }
        }
        BulkResponse response = client.bulk(bulk.build());
        return response.errors() ? refused(response.items(), owners) : List.of();
    }

    /** Makes everything written so far searchable. */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    private static List<CorpusRecord.Rejected> refused(List<BulkResponseItem> items, List<CorpusRecord.Parsed> owners) {
        Map<Long, CorpusRecord.Rejected> refused = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).error() != null) {
                CorpusRecord.Parsed owner = owners.get(i);
                refused.putIfAbsent(owner.number(), new CorpusRecord.Rejected(owner.number(), owner.location(),
                        "refused by Elasticsearch: " + items.get(i).error().reason()));
            }
        }
        return List.copyOf(refused.values());
    }

    @Override
    public void close() throws IOException {
        restClient.close();
    }
}
