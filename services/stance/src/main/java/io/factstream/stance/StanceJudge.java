package io.factstream.stance;

import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.stance.StanceResult.DecidedBy;
import io.factstream.text.Vectors;
import io.factstream.text.Words;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges the stance of evidence sentences towards a claim, offline, precision first (docs/evidence.md#stance):
 * <ol>
 * <li>evidence whose MiniLM cosine similarity to the claim is below {@link #RELEVANT}, or that shares no word with
 * the claim but names and dates, is not about it: NEUTRAL, and not evidence at all; nor is evidence whose article
 * names none of the people, organisations and places the claim's article names, when both are known: "The bridge
 * reopened on Monday" in an article about Kingsferry reports another event than the same sentence about Westport;
 * nor is another outlet's sentence from an article published more than {@link #SAME_EVENT_DAYS} days apart,
 * unless the two date the event alike;</li>
 * <li>a report of the same event that {@linkplain Contradiction contradicts} the claim on an aligned slot REFUTES
 * it;</li>
 * <li>the same quote, or evidence that restates the claim's main point ({@link #SAME_STATEMENT} of its words and
 * {@link Contradiction#SAME_EVENT} of its statement words, and not merely "reportedly") SUPPORTS it;</li>
 * <li>evidence that names none of the people, places or organisations the claim names is about something else
 * (another town's library opening is no evidence about this town's observatory), and so is evidence that repeats
 * less than {@link #SAME_TOPIC} of a named claim's statement words: not evidence;</li>
 * <li>anything else is what the {@link StanceModel} over the {@link StanceFeatures} says, except that it may
 * support or refute another outlet's sentence only when it reports the same event, and support it only when it
 * does not merely say it is claimed; its stances are marked as the model's ({@link StanceResult#basis()}), and a
 * verdict never rests on one alone.</li>
 * </ol>
 * The score is the relevance, the cosine similarity clipped to 0..1, by which evidence is ranked. Thread-safe.
 */
public final class StanceJudge {
    /** Cosine similarity below which evidence is not about the claim. */
    public static final double RELEVANT = 0.4;
    /** Share of the claim's content words above which the evidence restates the claim. */
    public static final double SAME_STATEMENT = 0.6;
    /**
     * Share of a named claim's statement words that evidence about the same subject repeats at least: the harbour
     * authority's abstract shares "Westport" and "harbour" with a claim about the Westport harbour bridge reopening,
     * and is still not about it.
     */
    public static final double SAME_TOPIC = 0.3;
    /**
     * Days between two articles' publication beyond which another outlet's report is of the same event only when both
     * date it alike: a quotation of 2011 says nothing about a claim of 2016, however alike the words, while a report
     * of July 2024 on "last September" can confirm a claim dated September 15, 2023. Chosen, not tuned: the articles
     * of one BASIL event lie within days of each other.
     */
    public static final int SAME_EVENT_DAYS = 30;
    /** Cosine similarity above which two sentences that share half their statement words say the same. */
    public static final double PARAPHRASE = 0.8;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final SentenceEmbedder embedder;
    private final StanceModel model;

    public StanceJudge(SentenceEmbedder embedder, StanceModel model) {
        this.embedder = embedder;
        this.model = model;
    }

    /** Another outlet's sentence as evidence for the claim, as {@code POST /stance} judges it. */
    public StanceResult judge(String claim, String evidence) {
        return judgeAll(claim, List.of(evidence), EvidenceKind.CROSS_REFERENCE).getFirst();
    }

    /** The stance of each evidence sentence, in order; the sentences are embedded in one batch. */
    public List<StanceResult> judgeAll(String claim, List<String> evidence, EvidenceKind kind) {
        if (evidence.isEmpty()) {
            return List.of();
        }
        List<String> sentences = new ArrayList<>(evidence.size() + 1);
        sentences.add(claim);
        sentences.addAll(evidence);
        List<float[]> embeddings = embedder.embedAll(sentences);
        List<Statement> statements = new ArrayList<>(evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            statements.add(Statement.withoutArticle(evidence.get(i), embeddings.get(i + 1)));
        }
        return judgeAll(Statement.withoutArticle(claim, embeddings.getFirst()), statements, kind);
    }

    /**
     * The stance of each evidence sentence, in order, for sentences embedded already: nothing is embedded.
     *
     * @param kind another outlet's coverage, which the stance model (trained on encyclopedia sentences) may support
     *             or refute only where it reports the same event, or the reference corpus
     */
    public List<StanceResult> judgeAll(Statement claim, List<Statement> evidence, EvidenceKind kind) {
        ArticleNames claimArticle = ArticleNames.of(claim.articleNames());
        Cues claimCues = Cues.of(claim.text(), claim.published());
        return evidence.stream().map(sentence -> judge(claim, claimCues, claimArticle, sentence, kind)).toList();
    }

    public StanceResult judge(Statement claim, Statement evidence, EvidenceKind kind) {
        return judgeAll(claim, List.of(evidence), kind).getFirst();
    }

    private StanceResult judge(Statement claimStatement, Cues claim, ArticleNames claimArticle,
            Statement evidenceStatement, EvidenceKind kind) {
        double relevance = Math.clamp(Vectors.cosine(claimStatement.embedding(), evidenceStatement.embedding()), 0, 1);
        if (relevance < RELEVANT) {
            return notEvidence(relevance, "not about the claim");
        }
        Cues evidence = Cues.of(evidenceStatement.text(), evidenceStatement.published());
        if (Collections.disjoint(claim.statementWords(), evidence.statementWords())
                || claimArticle.shareNoneWith(evidenceStatement.articleNames())) {
            return notEvidence(relevance, "about something else");
        }
        if (publishedApart(claimStatement, evidenceStatement) && !Contradiction.datesAgree(claim, evidence)) {
            return notEvidence(relevance, "published more than " + SAME_EVENT_DAYS + " days apart: another event");
        }
        Optional<Contradiction.Conflict> conflict = Contradiction.between(claim, evidence);
        if (conflict.isPresent()) {
            return new StanceResult(Stance.REFUTES, relevance, DecidedBy.CONTRADICTION, conflict.get().kind(),
                    conflict.get().detail());
        }
        if (Quotes.sameStatement(claim, evidence) && claim.negated() == evidence.negated()
                && !Contradiction.detailsDiffer(claim, evidence)) {
            return new StanceResult(Stance.SUPPORTS, relevance, DecidedBy.RESTATEMENT, null, "the same quote");
        }
        if (restates(claim, evidence, relevance)) {
            return new StanceResult(Stance.SUPPORTS, relevance, DecidedBy.RESTATEMENT, null,
                    "states the same: " + Math.round(100 * Words.coverage(claim.canonicalContentWords(),
                            evidence.canonicalContentWords())) + "% of the claim's words");
        }
        Set<String> names = claim.names();
        if (!namesAnyOf(evidence, names) || !names.isEmpty()
                && Words.coverage(claim.statementWords(), evidence.statementWords()) < SAME_TOPIC) {
            return notEvidence(relevance, "about something else");
        }
        Stance predicted = model.predict(StanceFeatures.of(claim, claimStatement.embedding(), evidence,
                evidenceStatement.embedding()));
        if (kind == EvidenceKind.CROSS_REFERENCE && (predicted != Stance.NEUTRAL && !sameEvent(claim, evidence)
                || predicted == Stance.SUPPORTS && evidence.hedged() && !claim.hedged())) {
            predicted = Stance.NEUTRAL;
        }
        return new StanceResult(predicted, relevance, DecidedBy.MODEL, null, "stance model");
    }

    /**
     * The evidence repeats most of the claim's words (names by their aliases) and of what the claim states besides
     * names and dates ({@link Contradiction#SAME_EVENT}, or half of it in a sentence that means nearly the same,
     * {@link #PARAPHRASE}: "the lone no vote" and "the lone opposition"): support of the main point, not of a side
     * detail. A report that only says it is claimed ("reportedly", "according to reports") does not restate a plain
     * claim, nor does one that negates where the claim does not, or gives another figure or date.
     */
    private static boolean restates(Cues claim, Cues evidence, double relevance) {
        double statement = Words.coverage(claim.statementWords(), evidence.statementWords());
        return Words.coverage(claim.canonicalContentWords(), evidence.canonicalContentWords()) >= SAME_STATEMENT
                && (statement >= Contradiction.SAME_EVENT || statement >= 0.5 && relevance >= PARAPHRASE)
                && (claim.hedged() || !evidence.hedged())
                && claim.negated() == evidence.negated() && !Contradiction.detailsDiffer(claim, evidence);
    }

    /**
     * The model may support or refute another outlet's sentence only when it reports the same event: a different
     * fact of the same story is neither, and a report that only says it is claimed supports nothing.
     */
    private static boolean sameEvent(Cues claim, Cues evidence) {
        return Words.coverage(claim.statementWords(), evidence.statementWords()) >= Contradiction.SAME_EVENT;
    }

    /** Both articles' days are known and lie more than {@link #SAME_EVENT_DAYS} apart. */
    private static boolean publishedApart(Statement claim, Statement evidence) {
        return claim.published() != null && evidence.published() != null
                && Math.abs(ChronoUnit.DAYS.between(claim.published(), evidence.published())) > SAME_EVENT_DAYS;
    }

    private static StanceResult notEvidence(double relevance, String reason) {
        return new StanceResult(Stance.NEUTRAL, relevance, DecidedBy.RELEVANCE, null, reason);
    }

    /** True when {@code names} is empty: a claim without names is about no one in particular. */
    private static boolean namesAnyOf(Cues evidence, Set<String> names) {
        if (names.isEmpty()) {
            return true;
        }
        Set<String> words = new HashSet<>(Arrays.asList(NON_WORD.split(evidence.text().toLowerCase(Locale.ROOT))));
        return names.stream().anyMatch(name -> words.containsAll(List.of(NON_WORD.split(name))))
                || !Collections.disjoint(NameAliases.canonical(List.copyOf(names)), evidence.canonicalNames());
    }
}
