package io.factstream.evidence.passages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.evidence.query.ClaimContext;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Exclusion;
import io.factstream.support.elasticsearch.SearchableWrites;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The BM25 ranking of passages in the real Elasticsearch: among passages sharing a claim's words alike, those naming
 * its names whole and those published around its day come first. Each pair ties on words, and the passage that
 * should lose is indexed first, which is the one a tie puts first.
 */
@QuarkusTest
class PassageRankingTest {
    private static final Instant CLAIM_DAY = Instant.parse("2026-11-21T09:00:00Z");

    @Inject
    PassageIndex passages;
    @Inject
    ElasticsearchClient elasticsearch;
    @Inject
    SentenceEmbedder embedder;

    /** Each run its own town, so runs on a kept stack never see each other's passages. */
    private final String town = "Kessford" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void passagesNamingTheClaimsNamesWholeComeFirst() throws Exception {
        Passage namesSplit = passage("Lina Ray opened the Ortiz library in " + town + " on Saturday.", CLAIM_DAY);
        Passage namesWhole = passage("Lina Ortiz opened the library in " + town + " on Saturday morning.", CLAIM_DAY);
        index(namesSplit, namesWhole);

        String claim = "Lina Ortiz opened the " + town + " library on Saturday.";
        List<Passage> ranked = byWords(claim, ClaimContext.alone(List.of("Lina Ortiz", town), CLAIM_DAY));
        assertTrue(rank(ranked, namesWhole) < rank(ranked, namesSplit), ranked.toString());
    }

    @Test
    void passagesFromAroundTheClaimsDayComeFirst() throws Exception {
        String text = "The " + town + " autumn fair drew 12,000 visitors over the weekend.";
        Passage lastYear = passage(text, CLAIM_DAY.minus(Duration.ofDays(364)));
        Passage thisWeek = passage(text, CLAIM_DAY.minus(Duration.ofDays(1)));
        index(lastYear, thisWeek);

        String claim = "The autumn fair in " + town + " drew 12,000 visitors.";
        List<Passage> ranked = byWords(claim, ClaimContext.alone(List.of(town), CLAIM_DAY));
        assertTrue(rank(ranked, thisWeek) < rank(ranked, lastYear), ranked.toString());
    }

    private List<Passage> byWords(String claim, ClaimContext context) throws Exception {
        var claimSource = new Exclusion("claim-article", "claim.example", "claim-article");
        var query = new ClaimQuery(claim, embedder.embed(claim), context, claimSource);
        return passages.rankings(List.of(query), 10).get(0).byWords();
    }

    private Passage passage(String text, Instant publishedAt) {
        String articleId = UUID.randomUUID().toString();
        String outlet = articleId.substring(0, 8) + ".example";
        return new Passage(articleId + "-0", articleId, articleId, outlet, "https://" + outlet + "/" + articleId, town,
                text, publishedAt, List.of(town), embedder.embed(text));
    }

    private void index(Passage... inOrder) throws Exception {
        SearchableWrites.write(elasticsearch, passages.indexing(List.of(inOrder)));
    }

    private static int rank(List<Passage> ranked, Passage passage) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).passageId().equals(passage.passageId())) {
                return i;
            }
        }
        throw new AssertionError(passage.text() + " not found among " + ranked);
    }
}
