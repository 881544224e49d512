package io.factstream.bench.summary;

import io.factstream.bench.basil.BasilArticles.Article;
import io.factstream.bench.report.ResultTable;
import io.factstream.claims.extraction.ClaimExtractor;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.StorySentence;
import io.factstream.spectrum.clustering.StoryMember;
import io.factstream.spectrum.summary.KeyClaim;
import io.factstream.spectrum.summary.StorySummary;
import io.factstream.text.CentralSentences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The story summary across outlets ({@link StorySummary}) on BASIL's events, made as production makes it: each article
 * goes through the production {@link ClaimExtractor} and keeps its key claims as story clustering does
 * ({@link KeyClaim#of}), and the event's three outlets are summarised together. Once with no key claim refuted (before
 * the refuted-claim rule, or before any evidence), once with the key claims refuted by the event's other outlets
 * ({@link CrossReferenceRefutation}) left out. The one-article summaries of the same events are measured alike.
 */
final class StorySummaries {
    private final ClaimExtractor extractor;
    private final CrossReferenceRefutation refutation;
    private final OtherOutlets otherOutlets;
    private final Map<String, SummaryBenchmark.Embedded> embedded;
    private final SummaryFigures oneArticle = new SummaryFigures();
    private final SummaryFigures withoutRule = new SummaryFigures();
    private final SummaryFigures withRule = new SummaryFigures();
    private int events;
    private int articles;
    private int articlesShortOfKeyClaims;
    private int keyClaims;
    private int refutedSentences;
    private int eventsChanged;
    private int sentencesTakenOut;

    StorySummaries(ClaimExtractor extractor, CrossReferenceRefutation refutation, OtherOutlets otherOutlets,
            Map<String, SummaryBenchmark.Embedded> embedded) {
        this.extractor = extractor;
        this.refutation = refutation;
        this.otherOutlets = otherOutlets;
        this.embedded = embedded;
    }

    void add(List<Article> event) {
        Map<String, ArticleClaims> extracted = new LinkedHashMap<>();
        event.forEach(article -> extracted.put(article.id(), extractor.extract(article.asIngested())));
        List<StoryMember> members = event.stream().map(article -> member(article, extracted.get(article.id())))
                .toList();
        List<StoryMember> marked = members.stream().map(member -> refutation.marked(member, extracted)).toList();
        List<StorySentence> before = StorySummary.of(members);
        List<StorySentence> after = StorySummary.of(marked);
        measure(before, members, event, withoutRule);
        measure(after, marked, event, withRule);
        Set<String> refutedClaims = marked.stream().flatMap(member -> member.keyClaims().stream())
                .filter(KeyClaim::refuted).map(KeyClaim::claimId).collect(Collectors.toSet());
        refutedSentences += (int) before.stream().filter(sentence -> refutedClaims.contains(sentence.claimId()))
                .count();
        sentencesTakenOut += (int) before.stream().filter(sentence -> !after.contains(sentence)).count();
        eventsChanged += before.equals(after) ? 0 : 1;
        for (Article article : event) {
            SummaryBenchmark.Embedded own = embedded.get(article.id());
            CentralSentences.pick(own.texts(), own.embeddings(), SummaryBenchmark.SENTENCES).forEach(i ->
                    oneArticle.sentence(otherOutlets.bestCosine(own.embeddings().get(i), article.outlet(), event)));
            oneArticle.summary(1);
        }
        articles += event.size();
        events++;
    }

    void reportTo(ResultTable table) {
        table.reported("story summary: key claims", String.format(Locale.ROOT,
                        "%d key claims of %d articles; %d articles have fewer than %d", keyClaims, articles,
                        articlesShortOfKeyClaims, KeyClaim.PER_ARTICLE))
                .reported("story summary, no claim refuted (before the rule)",
                        withoutRule.statedElsewhere() + "; " + withoutRule.outlets())
                .reported("story summary, claims another outlet refutes left out (after the rule)",
                        withRule.statedElsewhere() + "; " + withRule.outlets())
                .reported("refuted-claim rule", refutation.counts() + String.format(Locale.ROOT, "; in the story"
                                + " summaries before the rule: refuted sentences %d, sentences taken out or replaced"
                                + " %d, summaries changed %d of %d", refutedSentences, sentencesTakenOut,
                        eventsChanged, events))
                .reported("one-article summaries (shipped) of the same events",
                        oneArticle.statedElsewhere() + "; " + oneArticle.outlets());
    }

    /** The article as the story index keeps it; the summary reads its outlet, origin, day and key claims. */
    private StoryMember member(Article article, ArticleClaims claims) {
        List<KeyClaim> keys = KeyClaim.of(claims);
        keyClaims += keys.size();
        articlesShortOfKeyClaims += keys.size() < KeyClaim.PER_ARTICLE ? 1 : 0;
        return new StoryMember(claims.articleId(), article.event(), claims.url(), claims.title(), null,
                claims.outlet(), null, claims.originId(), claims.publishedAt(), null, null, keys);
    }

    private void measure(List<StorySentence> summary, List<StoryMember> members, List<Article> event,
            SummaryFigures figures) {
        Map<String, float[]> embeddings = members.stream().flatMap(member -> member.keyClaims().stream())
                .collect(Collectors.toMap(KeyClaim::claimId, claim -> claim.embedding().values()));
        summary.forEach(sentence -> figures.sentence(otherOutlets.bestCosine(embeddings.get(sentence.claimId()),
                sentence.outlet(), event)));
        figures.summary((int) summary.stream().map(StorySentence::outlet).distinct().count());
    }
}
