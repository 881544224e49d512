package io.factstream.evidence.passages;

import io.factstream.contracts.ArticleIngested;
import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import java.util.List;

/** Cuts an article into the passages that are indexed for cross-references: one per sentence for now. */
public final class Passages {
    private Passages() {
    }

    public static List<Passage> of(ArticleIngested article) {
        return SentenceSplitter.split(article.body()).stream()
                .filter(sentence -> sentence.text().length() >= 20)
                .map(sentence -> passage(article, sentence))
                .toList();
    }

    private static Passage passage(ArticleIngested article, Sentence sentence) {
        return new Passage(article.articleId() + "-p" + sentence.start(), article.articleId(), article.originId(),
                article.outlet(), article.url(), article.title(), sentence.text(), article.publishedAt());
    }
}
