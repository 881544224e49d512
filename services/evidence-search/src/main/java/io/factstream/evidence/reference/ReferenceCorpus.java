package io.factstream.evidence.reference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Rankings;
import io.factstream.reference.corpus.ReferenceIndex;
import io.factstream.reference.corpus.ReferencePassage;
import io.factstream.support.elasticsearch.VectorSearch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

/** The reference corpus that {@code make import-corpus} loads: passages of encyclopedic documents. */
@ApplicationScoped
public class ReferenceCorpus {
    private static final Query EVERY_DOCUMENT = Query.of(q -> q.matchAll(all -> all));
    private final ElasticsearchClient client;

    public ReferenceCorpus(ElasticsearchClient client) {
        this.client = client;
    }

    /** Before the first use, so nothing is written to an index that Elasticsearch would create with guessed types. */
    @PostConstruct
    void createIndex() {
        ReferenceIndex.ensure(client, ReferenceIndex.NAME);
    }

    /**
     * For each claim, BM25 over the words of its text (passages with the claim's names first; a reference document's
     * date is not news, so it does not count) and kNN nearest to its embedding, all in one request, best first.
     */
    public List<Rankings<ReferencePassage>> rankings(List<ClaimQuery> claims, int size)
            throws IOException {
        return VectorSearch.byWordsAndByMeaning(client, ReferenceIndex.NAME, claims.stream().map(claim ->
                        new VectorSearch.Ask(claim.text(), claim.context().namesIn("text"), claim.embedding(),
                                EVERY_DOCUMENT)).toList(), size, ReferencePassage.class)
                .stream().map(Rankings::of).toList();
    }
}
