package io.factstream.evidence.passages;

import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.PassageVector;
import java.util.List;

/** The passages of an article to index for cross-references, as claim extraction cut and embedded them. */
public final class Passages {
    private Passages() {
    }

    public static List<Passage> of(ArticleClaims article) {
        if (article.passages() == null) {
            return List.of();
        }
        return article.passages().stream().map(passage -> passage(article, passage)).toList();
    }

    /** The people, organisations and places the article names; none known in records before schema version 5. */
    public static List<String> articleNames(ArticleClaims article) {
        return article.names() == null ? List.of() : article.names();
    }

    private static Passage passage(ArticleClaims article, PassageVector passage) {
        return new Passage(article.articleId() + "-p" + passage.start(), article.articleId(), article.originId(),
                article.outlet(), article.url(), article.title(), passage.text(), article.publishedAt(),
                articleNames(article), passage.embedding().values());
    }
}
