package io.factstream.bench.techniques;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.bench.basil.BasilArticles;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.claims.summary.TechniqueDetector;
import io.factstream.contracts.TechniqueSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Persuasion techniques against BASIL's lexical-bias annotations ({@code data=PATH}, a BASIL folder with
 * {@code annotations/*_ann.json}): a sentence is biased when an annotator marked a lexical-bias span in it, and flagged
 * when {@link TechniqueDetector}, reading the whole body as claim extraction does, finds a technique in it. Sentence-level precision and recall, per technique too, and
 * every flagged sentence printed with its verdict.
 */
public final class TechniquesBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double PRECISION_TARGET = 0.6;

    private TechniquesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        Path basil = Path.of(options.get("data"));
        Map<String, BasilArticles.Article> articles = BasilArticles.read(basil);
        int sentences = 0;
        int biased = 0;
        int flagged = 0;
        int flaggedBiased = 0;
        Map<String, int[]> byTechnique = new TreeMap<>();
        for (Path file : annotationFiles(basil)) {
            JsonNode annotation = JSON.readTree(file.toFile());
            BasilArticles.Article article = articles.get(annotation.path("uuid").asText());
            if (article == null) {
                continue;
            }
            List<String> texts = article.sentences();
            Set<Integer> lexical = lexicalBiasSentences(annotation, texts);
            // The whole body, as claim extraction reads it: a quotation opened in one sentence runs into the next.
            List<TechniqueSpan> found = TechniqueDetector.find(article.body());
            int paragraphStart = 0;
            int sentence = 0;
            for (List<String> paragraph : article.paragraphs()) {
                int start = paragraphStart;
                for (String text : paragraph) {
                    int end = start + text.length();
                    int from = start;
                    List<TechniqueSpan> inSentence = found.stream()
                            .filter(span -> span.start() >= from && span.start() < end).toList();
                    boolean isBiased = lexical.contains(sentence);
                    sentences++;
                    biased += isBiased ? 1 : 0;
                    if (!inSentence.isEmpty()) {
                        flagged++;
                        flaggedBiased += isBiased ? 1 : 0;
                        for (String technique : inSentence.stream().map(TechniqueSpan::technique).distinct().toList()) {
                            int[] counts = byTechnique.computeIfAbsent(technique, name -> new int[2]);
                            counts[0]++;
                            counts[1] += isBiased ? 1 : 0;
                        }
                        System.out.printf("%s %s: %s%n", isBiased ? "BIASED " : "NEUTRAL", inSentence.stream()
                                .map(span -> span.technique() + " \"" + span.text() + "\"").toList(), text);
                    }
                    start = end + 1;
                    sentence++;
                }
                paragraphStart += String.join(" ", paragraph).length() + 2;
            }
        }
        double precision = flagged == 0 ? 0 : (double) flaggedBiased / flagged;
        ResultTable table = new ResultTable()
                .measuredShare("sentence precision against lexical-bias spans", precision, PRECISION_TARGET,
                        String.format(Locale.ROOT, "%d of %d flagged sentences", flaggedBiased, flagged))
                .reported("sentence recall", String.format(Locale.ROOT, "%s (%d of %d sentences with a lexical-bias "
                        + "span)", ResultTable.share(biased == 0 ? 0 : (double) flaggedBiased / biased), flaggedBiased,
                        biased));
        byTechnique.forEach((technique, counts) -> table.reported("flagged by " + technique,
                String.format(Locale.ROOT, "%d sentences, %d of them biased", counts[0], counts[1])));
        table.reported("data", String.format(Locale.ROOT, "%s: %,d sentences of %,d articles", basil, sentences,
                        articles.size()))
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-techniques.md"));
        table.writeTo(report);
        System.err.println("[bench-techniques] written to " + report);
    }

    /** The sentences holding a lexical-bias span: the first sentence that contains the span's text. */
    private static Set<Integer> lexicalBiasSentences(JsonNode annotation, List<String> sentences) {
        Set<Integer> biased = new HashSet<>();
        for (JsonNode span : annotation.path("phrase-level-annotations")) {
            if (!span.path("bias").asText().equals("lex")) {
                continue;
            }
            String text = span.path("txt").asText();
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).contains(text)) {
                    biased.add(i);
                    break;
                }
            }
        }
        return biased;
    }

    private static List<Path> annotationFiles(Path basil) throws IOException {
        try (Stream<Path> files = Files.list(basil.resolve("annotations"))) {
            return new ArrayList<>(files.filter(file -> file.toString().endsWith("_ann.json")).sorted().toList());
        }
    }
}
