package io.factstream.bench.newsstance;

import io.factstream.contracts.EvidenceKind;
import io.factstream.contracts.Stance;
import io.factstream.contracts.StanceBasis;
import io.factstream.stance.StanceJudge;
import io.factstream.stance.StanceResult;
import io.factstream.stance.Statement;
import io.factstream.text.Vectors;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How the pipeline reads another outlet's article as evidence for a claim, for one article alone: evidence search's
 * best candidates among the article's passages (here ranked by cosine; the service fuses BM25 and kNN over every
 * article) go to the stance judge in one batch, and the relevant ones, most relevant first, are kept
 * ({@value #CANDIDATES} candidates, {@value #KEPT} kept, as evidence search does). The verdict then counts the
 * article's outlet as one source that refutes when a rule found a kept passage refuting, and supports when a rule
 * found one supporting; a stance only the stance model gives counts for nothing from one source alone, and is
 * reported apart ({@link SourceStance#modelOnly()}).
 */
final class CrossReferenceReading {
    static final int CANDIDATES = 10;
    static final int KEPT = 5;

    private final StanceJudge judge;

    CrossReferenceReading(StanceJudge judge) {
        this.judge = judge;
    }

    /**
     * What the source says of the claim as a verdict counts it, with the passage that decided it.
     *
     * @param modelOnly what the stance model alone read in the source, when no rule decided: NEUTRAL otherwise
     */
    record SourceStance(Stance stance, Judged decisive, Stance modelOnly) {
    }

    record Judged(Statement passage, StanceResult result) {
    }

    SourceStance read(Statement claim, List<Statement> passages) {
        return stanceOf(kept(claim, passages));
    }

    /** The passages evidence search would keep for the claim, most relevant first, with their judgements. */
    List<Judged> kept(Statement claim, List<Statement> passages) {
        List<Statement> candidates = IntStream.range(0, passages.size()).boxed()
                .sorted(Comparator.comparingDouble(
                        (Integer i) -> -Vectors.cosine(claim.embedding(), passages.get(i).embedding())))
                .limit(CANDIDATES).map(passages::get).toList();
        List<StanceResult> results = judge.judgeAll(claim, candidates, EvidenceKind.CROSS_REFERENCE);
        return IntStream.range(0, candidates.size())
                .mapToObj(i -> new Judged(candidates.get(i), results.get(i)))
                .filter(judged -> judged.result().relevant())
                .sorted(Comparator.comparingDouble((Judged judged) -> -judged.result().score()))
                .limit(KEPT).toList();
    }

    static SourceStance stanceOf(List<Judged> kept) {
        for (Stance stance : List.of(Stance.REFUTES, Stance.SUPPORTS)) {
            for (Judged judged : kept) {
                if (judged.result().stance() == stance && judged.result().basis() == StanceBasis.RULE) {
                    return new SourceStance(stance, judged, Stance.NEUTRAL);
                }
            }
        }
        for (Stance stance : List.of(Stance.REFUTES, Stance.SUPPORTS)) {
            for (Judged judged : kept) {
                if (judged.result().stance() == stance) {
                    return new SourceStance(Stance.NEUTRAL, null, stance);
                }
            }
        }
        return new SourceStance(Stance.NEUTRAL, null, Stance.NEUTRAL);
    }
}
