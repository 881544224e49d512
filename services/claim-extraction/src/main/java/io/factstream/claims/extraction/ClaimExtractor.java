package io.factstream.claims.extraction;

import io.factstream.claims.normalization.DateMentions;
import io.factstream.claims.normalization.NumberMentions;
import io.factstream.claims.scoring.Checkworthiness;
import io.factstream.claims.scoring.CheckworthinessScorer;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.Ids;
import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The checkable sentences of an article, with their offsets into its cleaned body. */
@ApplicationScoped
public class ClaimExtractor {
    private final CheckworthinessScorer scorer;

    public ClaimExtractor(CheckworthinessScorer scorer) {
        this.scorer = scorer;
    }

    public ArticleClaims extract(ArticleIngested article) {
        List<ExtractedClaim> claims = new ArrayList<>();
        LocalDate published = LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
        List<Sentence> sentences = SentenceSplitter.split(article.body());
        List<Checkworthiness> scores = scorer.scoreAll(sentences.stream().map(Sentence::text).toList());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            Checkworthiness result = scores.get(i);
            if (result.checkable()) {
                claims.add(new ExtractedClaim(Ids.claimId(article.articleId(), sentence.start()), sentence.text(),
                        sentence.start(), sentence.end(), result.score(), NumberMentions.find(sentence.text()),
                        DateMentions.resolve(sentence.text(), published)));
            }
        }
        return new ArticleClaims(ArticleClaims.SCHEMA_VERSION, article.articleId(), article.outlet(),
                article.originId(), article.publishedAt(), List.copyOf(claims));
    }
}
