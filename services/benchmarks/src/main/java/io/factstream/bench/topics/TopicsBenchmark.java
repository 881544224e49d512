package io.factstream.bench.topics;

import io.factstream.bench.basil.BasilArticles;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.claims.summary.TopicClassifier;
import io.factstream.contracts.MediaTopic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Topics against our hand labels of basil-dev ({@code topic-labels.tsv}: each article's primary IPTC Media Topic and
 * up to two secondary ones; file names, codes and our own notes only). A topic given is right when it is the article's
 * primary or a secondary topic. Precision over all topics given, the share of articles given their primary topic, and
 * precision per topic.
 */
public final class TopicsBenchmark {
    private static final String LABELS = "topic-labels.tsv";

    private TopicsBenchmark() {
    }

    record Label(String file, MediaTopic primary, Set<MediaTopic> all) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        Path basil = Path.of(options.get("data"));
        Map<String, BasilArticles.Article> articles = BasilArticles.readByFile(basil);
        int given = 0;
        int right = 0;
        int primaryGiven = 0;
        int firstIsPrimary = 0;
        int withTopics = 0;
        List<Label> labels = labels();
        Map<MediaTopic, int[]> byTopic = new EnumMap<>(MediaTopic.class);
        for (Label label : labels) {
            BasilArticles.Article article = articles.get(label.file());
            List<MediaTopic> topics = TopicClassifier.topics(article.title(), article.body()).stream()
                    .map(name -> MediaTopic.ofLabel(name).orElseThrow()).toList();
            withTopics += topics.isEmpty() ? 0 : 1;
            primaryGiven += topics.contains(label.primary()) ? 1 : 0;
            firstIsPrimary += !topics.isEmpty() && topics.getFirst() == label.primary() ? 1 : 0;
            for (MediaTopic topic : topics) {
                boolean correct = label.all().contains(topic);
                given++;
                right += correct ? 1 : 0;
                int[] counts = byTopic.computeIfAbsent(topic, t -> new int[2]);
                counts[0] += correct ? 1 : 0;
                counts[1]++;
                if (!correct) {
                    System.out.printf("wrong: %s given %s (labelled %s)%n", label.file(), topic.label(),
                            label.all().stream().map(MediaTopic::label).toList());
                }
            }
        }
        int total = labels.size();
        ResultTable table = new ResultTable()
                .reported("precision of the topics given", String.format(Locale.ROOT, "%.3f (%d of %d)",
                        (double) right / given, right, given))
                .reported("articles given their primary topic (recall)", String.format(Locale.ROOT,
                        "%.3f (%d of %d)", (double) primaryGiven / total, primaryGiven, total))
                .reported("articles whose first topic is the primary", String.format(Locale.ROOT, "%.3f",
                        (double) firstIsPrimary / total))
                .reported("articles with any topic", String.format(Locale.ROOT, "%d of %d", withTopics, total));
        byTopic.forEach((topic, counts) -> table.reported("precision, " + topic.label() + " (" + topic.code() + ")",
                String.format(Locale.ROOT, "%d of %d", counts[0], counts[1])));
        table.reported("data", basil + ", labels: services/benchmarks/src/main/resources/" + LABELS)
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-topics.md"));
        table.writeTo(report);
        System.err.println("[bench-topics] written to " + report);
    }

    private static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                TopicsBenchmark.class.getClassLoader().getResourceAsStream(LABELS), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                MediaTopic primary = MediaTopic.ofCode(columns[1]).orElseThrow();
                Set<MediaTopic> all = new HashSet<>(Set.of(primary));
                if (!columns[2].equals("-")) {
                    for (String code : columns[2].split(",")) {
                        all.add(MediaTopic.ofCode(code.strip()).orElseThrow());
                    }
                }
                labels.add(new Label(columns[0], primary, all));
            }
        }
        return labels;
    }
}
