package io.factstream.query.indexing;

import io.factstream.contracts.ArticleSections;
import io.factstream.contracts.TechniqueSpan;
import java.util.List;

/** What claim extraction found about an article as a whole, indexed apart from the article itself. */
public record ArticleAnalysis(String articleId, List<String> topics, List<TechniqueSpan> techniques,
        ArticleSections sections) {
}
