package io.factstream.claims.extraction;

import io.factstream.claims.attribution.ClaimTyper;
import io.factstream.claims.attribution.SpeakerResolver;
import io.factstream.claims.entities.ArticleEntities;
import io.factstream.text.mentions.DateMentions;
import io.factstream.text.mentions.NumberMentions;
import io.factstream.claims.scoring.Checkworthiness;
import io.factstream.text.CentralSentences;
import io.factstream.claims.summary.SectionWriter;
import io.factstream.claims.summary.TechniqueDetector;
import io.factstream.claims.summary.TopicClassifier;
import io.factstream.claims.scoring.CheckworthinessScorer;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.Embedding;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.Ids;
import io.factstream.contracts.NumberMention;
import io.factstream.contracts.SupportedLanguages;
import io.factstream.contracts.TechniqueSpan;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.embedding.SentenceEncoding;
import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checkable sentences of an article, with their offsets into its cleaned body, their kind, speaker,
 * quantities, dates and named entities, and the article's topics, persuasion techniques and summary sections.
 * Which sentences are claims is the scorer's decision alone (it never lets a prediction through). Every sentence
 * is embedded once, here; the claims and the article's passages carry those embeddings on, so that evidence search
 * does not embed them again; the title's embedding goes on to story clustering.
 */
@ApplicationScoped
public class ClaimExtractor {
    private static final Pattern FIGURE_OR_QUOTATION = Pattern.compile("\\d|[\"“”„«»]");
    private final CheckworthinessScorer scorer;
    private final SentenceEmbedder embedder;

    public ClaimExtractor(CheckworthinessScorer scorer, SentenceEmbedder embedder) {
        this.scorer = scorer;
        this.embedder = embedder;
    }

    public ArticleClaims extract(ArticleIngested article) {
        List<Sentence> sentences = SentenceSplitter.split(article.body());
        List<String> texts = new ArrayList<>(sentences.stream().map(Sentence::text).toList());
        texts.add(article.title());
        List<SentenceEncoding> encodings = embedder.encodeAll(texts);
        float[] titleEmbedding = encodings.removeLast().embedding();
        texts.removeLast();
        List<float[]> embeddings = encodings.stream().map(SentenceEncoding::embedding).toList();
        if (!SupportedLanguages.checks(article.language())) {
            return unchecked(article, sentences, embeddings, titleEmbedding);
        }
        List<ExtractedClaim> claims = new ArrayList<>();
        LocalDate published = LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
        SpeakerResolver speakers = new SpeakerResolver();
        ArticleEntities entities = ArticleEntities.of(texts);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            Optional<String> speaker = speakers.speakerOf(sentence.text());
            Checkworthiness result = scorer.score(sentence.text(), encodings.get(i));
            List<NumberMention> numbers = NumberMentions.find(sentence.text());
            ClaimType type = ClaimTyper.typeOf(sentence.text(), numbers, speaker.isPresent());
            if (result.checkable()) {
                claims.add(new ExtractedClaim(Ids.claimId(article.articleId(), sentence.start()), sentence.text(),
                        sentence.start(), sentence.end(), result.score(), type, speaker.orElse(null), numbers,
                        DateMentions.resolve(sentence.text(), published), entities.in(i),
                        Embedding.of(embeddings.get(i))));
            }
        }
        List<TechniqueSpan> techniques = TechniqueDetector.find(article.body());
        return new ArticleClaims(ArticleClaims.SCHEMA_VERSION, article.articleId(), article.outlet(),
                article.originId(), article.publishedAt(), List.copyOf(claims),
                TopicClassifier.topics(article.title(), article.body()), techniques,
                SectionWriter.write(sentences, embeddings, claims, techniques), article.url(), article.title(),
                PassageVectors.of(article.body(), sentences, embeddings), Embedding.of(titleEmbedding),
                entities.names(), article.language());
    }

    /**
     * An article in a language the pipeline does not check: no English model or cue list judges it. Its claims are
     * the statements that state a figure or quote someone, signs of a checkable statement in any language; they go on
     * to be marked Not checked. Its passages and title embedding still go to story clustering.
     */
    private static ArticleClaims unchecked(ArticleIngested article, List<Sentence> sentences, List<float[]> embeddings,
            float[] titleEmbedding) {
        List<ExtractedClaim> claims = sentences.stream()
                .filter(sentence -> CentralSentences.isStatement(sentence.text())
                        && FIGURE_OR_QUOTATION.matcher(sentence.text()).find())
                .map(sentence -> new ExtractedClaim(Ids.claimId(article.articleId(), sentence.start()),
                        sentence.text(), sentence.start(), sentence.end(), 0, null, null, List.of(), List.of(),
                        List.of(), null))
                .toList();
        return new ArticleClaims(ArticleClaims.SCHEMA_VERSION, article.articleId(), article.outlet(),
                article.originId(), article.publishedAt(), claims, List.of(), List.of(),
                SectionWriter.writeUnchecked(sentences, embeddings, article.language()), article.url(),
                article.title(), PassageVectors.of(article.body(), sentences, embeddings),
                Embedding.of(titleEmbedding), List.of(), article.language());
    }
}
