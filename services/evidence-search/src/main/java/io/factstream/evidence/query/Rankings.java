package io.factstream.evidence.query;

import java.util.List;

/** The two rankings of candidates for a claim, which evidence search fuses: by words and by meaning. */
public record Rankings<T>(List<T> byWords, List<T> byMeaning) {

    /** @param results the results of a BM25 search and then of a kNN search */
    public static <T> Rankings<T> of(List<List<T>> results) {
        return new Rankings<>(results.get(0), results.get(1));
    }

    public List<List<T>> both() {
        return List.of(byWords, byMeaning);
    }
}
