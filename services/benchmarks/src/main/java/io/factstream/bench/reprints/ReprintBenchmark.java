package io.factstream.bench.reprints;

import io.factstream.bench.basil.BasilArticles;
import io.factstream.bench.basil.BasilArticles.Article;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.ingest.identity.Fingerprint;
import io.factstream.ingest.identity.Reprints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reprint detection ({@link Reprints}) on copies made from a BASIL folder ({@code data=PATH}): each article cut to its
 * first 40, 60 and 80% of sentences, with another event's paragraph added, and with its lede replaced by another
 * outlet's lede of the same event. Recall per kind of copy; false reprints among the originals (the other outlets'
 * own reports of the same event, and of other events) and between each copy and every other original.
 */
public final class ReprintBenchmark {
    private ReprintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        List<Article> articles = BasilArticles.read(Path.of(options.get("data"))).values().stream()
                .sorted(Comparator.comparing(Article::event).thenComparing(Article::outlet)).toList();
        Map<String, Fingerprint> originals = new LinkedHashMap<>();
        for (Article article : articles) {
            originals.put(article.id(), Fingerprint.of(article.body()));
        }
        Map<String, int[]> foundByKind = new LinkedHashMap<>();
        int falseAgainstCopies = 0;
        int copies = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            for (Map.Entry<String, String> copy : copiesOf(article, articles, i).entrySet()) {
                Fingerprint printed = Fingerprint.of(copy.getValue());
                int[] found = foundByKind.computeIfAbsent(copy.getKey(), kind -> new int[2]);
                found[1]++;
                if (Reprints.sameOrigin(originals.get(article.id()), printed)) {
                    found[0]++;
                }
                copies++;
                for (Article other : articles) {
                    if (other != article && Reprints.sameOrigin(originals.get(other.id()), printed)) {
                        falseAgainstCopies++;
                    }
                }
            }
        }
        int sameEventPairs = 0;
        int falseSameEvent = 0;
        int otherPairs = 0;
        int falseOther = 0;
        double mostContainedSameEvent = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Fingerprint one = originals.get(articles.get(i).id());
                Fingerprint two = originals.get(articles.get(j).id());
                boolean reprint = Reprints.sameOrigin(one, two);
                if (articles.get(i).event().equals(articles.get(j).event())) {
                    sameEventPairs++;
                    falseSameEvent += reprint ? 1 : 0;
                    mostContainedSameEvent = Math.max(mostContainedSameEvent, one.containment(two));
                } else {
                    otherPairs++;
                    falseOther += reprint ? 1 : 0;
                }
            }
        }
        int found = foundByKind.values().stream().mapToInt(counts -> counts[0]).sum();
        int falseReprints = falseSameEvent + falseOther + falseAgainstCopies;
        ResultTable table = new ResultTable();
        foundByKind.forEach((kind, counts) -> table.reported("recall: " + kind, String.format(Locale.ROOT,
                "%s (%,d of %,d)", ResultTable.share((double) counts[0] / counts[1]), counts[0], counts[1])));
        table.reported("recall, all copies", String.format(Locale.ROOT, "%s (%,d of %,d)",
                        ResultTable.share((double) found / copies), found, copies))
                .reported("false reprints: two outlets' own reports of one event", String.format(Locale.ROOT,
                        "%,d of %,d pairs", falseSameEvent, sameEventPairs))
                .reported("highest containment between two outlets' own reports of one event",
                        ResultTable.share(mostContainedSameEvent))
                .reported("false reprints: reports of other events", String.format(Locale.ROOT, "%,d of %,d pairs",
                        falseOther, otherPairs))
                .reported("false reprints: a copy and another article's original", String.format(Locale.ROOT,
                        "%,d of %,d pairs", falseAgainstCopies, copies * (articles.size() - 1)))
                .reported("precision", String.format(Locale.ROOT, "%s (%,d of %,d pairs called reprints)",
                        ResultTable.share((double) found / (found + falseReprints)), found, found + falseReprints))
                .reported("data", String.format(Locale.ROOT, "%s: %,d articles, %,d copies", options.get("data"),
                        articles.size(), copies))
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-reprints.md"));
        table.writeTo(report);
        System.err.println("[bench-reprints] written to " + report);
    }

    /**
     * The copies of one article, by kind. The added paragraph comes from the next event's article, the new lede from
     * another outlet's report of the same event.
     */
    private static Map<String, String> copiesOf(Article article, List<Article> articles, int index) {
        List<String> sentences = article.sentences();
        Map<String, String> copies = new LinkedHashMap<>();
        for (int percent : new int[] {40, 60, 80}) {
            int kept = Math.max(1, (int) Math.ceil(sentences.size() * percent / 100.0));
            copies.put("first " + percent + "% of sentences", String.join(" ", sentences.subList(0, kept)));
        }
        Article nextEvent = articles.get((index + 3) % articles.size());
        copies.put("a paragraph of another story added", article.body() + "\n\n"
                + String.join(" ", nextEvent.paragraphs().getFirst()));
        Article sameEvent = articles.stream()
                .filter(other -> other != article && other.event().equals(article.event())).findFirst()
                .orElse(nextEvent);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(String.join(" ", sameEvent.paragraphs().getFirst()));
        article.paragraphs().stream().skip(1).map(paragraph -> String.join(" ", paragraph)).forEach(paragraphs::add);
        copies.put("lede replaced by another outlet's", String.join("\n\n", paragraphs));
        return copies;
    }
}
