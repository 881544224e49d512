package io.factstream.bench.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.bench.articles.ExtractedArticles.Content;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.PassageVector;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.text.Vectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractedArticlesTest {
    private static final long SEED = 7L;

    private static ArticleClaims first(Content content) {
        return ExtractedArticles.generate(new ArticleGenerator(SEED, "test"), SentenceEmbedder.shared(), 1, content)
                .getFirst();
    }

    @Test
    void claimsAloneAndPassagesAloneSplitTheSameArticleAndEmbedItTheSameWay() {
        ArticleClaims both = first(Content.CLAIMS_AND_PASSAGES);
        ArticleClaims claims = first(Content.CLAIMS);
        ArticleClaims passages = first(Content.PASSAGES);

        assertFalse(both.claims().isEmpty());
        assertTrue(both.claims().size() <= ExtractedArticles.CLAIMS_PER_ARTICLE);
        assertTrue(both.passages().size() > both.claims().size());
        assertEquals(both.claims().stream().map(ExtractedClaim::claimId).toList(),
                claims.claims().stream().map(ExtractedClaim::claimId).toList());
        assertEquals(List.of(), claims.passages());
        assertEquals(List.of(), passages.claims());
        assertEquals(both.passages().stream().map(PassageVector::text).toList(),
                passages.passages().stream().map(PassageVector::text).toList());
        // Embedded in batches of other sizes: the same vectors up to the quantized model's rounding.
        for (int i = 0; i < both.claims().size(); i++) {
            assertTrue(Vectors.cosine(both.claims().get(i).embedding().values(),
                    claims.claims().get(i).embedding().values()) > 0.99);
        }
        assertTrue(Vectors.cosine(both.passages().getLast().embedding().values(),
                passages.passages().getLast().embedding().values()) > 0.99);
        assertEquals(both.names(), claims.names());
    }
}
