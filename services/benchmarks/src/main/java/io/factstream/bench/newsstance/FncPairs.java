package io.factstream.bench.newsstance;

import io.factstream.contracts.Stance;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FNC-1's training data ({@code train_stances.csv}, {@code train_bodies.csv}): each headline paired with an article
 * body and how the body relates to it. The headline is read as a claim and the body as another outlet's article.
 */
record FncPairs(List<Pair> pairs, Map<Integer, String> bodies) {

    /** FNC-1's four relations. */
    enum Relation {
        AGREE, DISAGREE, DISCUSS, UNRELATED;

        /** What the pipeline should make of the body: agree supports, disagree refutes, the rest is neither. */
        Stance stance() {
            return switch (this) {
                case AGREE -> Stance.SUPPORTS;
                case DISAGREE -> Stance.REFUTES;
                case DISCUSS, UNRELATED -> Stance.NEUTRAL;
            };
        }
    }

    record Pair(String headline, int bodyId, Relation relation) {
    }

    static FncPairs read(Path folder) throws IOException {
        Map<Integer, String> bodies = new HashMap<>();
        for (List<String> row : rows(folder.resolve("train_bodies.csv"))) {
            bodies.put(Integer.parseInt(row.get(0)), row.get(1));
        }
        List<Pair> pairs = rows(folder.resolve("train_stances.csv")).stream()
                .map(row -> new Pair(row.get(0).strip(), Integer.parseInt(row.get(1)),
                        Relation.valueOf(row.get(2).strip().toUpperCase(java.util.Locale.ROOT))))
                .toList();
        return new FncPairs(pairs, bodies);
    }

    /** The rows after the header. */
    private static List<List<String>> rows(Path csv) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<List<String>> records = CsvRecords.read(in);
            return records.subList(1, records.size()).stream().filter(row -> row.size() >= 2).toList();
        }
    }
}
