package io.factstream.bench.claims;

import io.factstream.bench.articles.ArticleFormat;
import io.factstream.bench.articles.ArticleGenerator;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.bench.report.Stats;
import io.factstream.claims.extraction.ClaimExtractor;
import io.factstream.claims.scoring.CheckworthinessScorer;
import io.factstream.contracts.ArticleIngested;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Claim extraction alone (issue 4), in one process with no Kafka or Elasticsearch: claim extraction's own
 * {@link ClaimExtractor} (sentences, embedding, check-worthiness, types, speakers, numbers, dates, topics,
 * techniques, sections) over generated articles. Reports the median of {@value #TIMED_ROUNDS} rounds.
 *
 * <p>Arguments ({@code name=value}, optional): {@code articles} per round, {@code report} the Markdown file to write.
 */
public final class ExtractionBenchmark {
    private static final long SEED = 20261124L;
    private static final int TIMED_ROUNDS = 3;
    private static final double SENTENCES_TARGET = 600;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        int count = Integer.parseInt(options.getOrDefault("articles", "100"));
        ArticleGenerator generator = new ArticleGenerator(SEED, "extraction");
        List<ArticleIngested> articles = Stream.generate(() -> generator.next(ArticleFormat.PLAIN_TEXT).asIngested())
                .limit(count).toList();
        int sentences = articles.stream().mapToInt(article -> SentenceSplitter.split(article.body()).size()).sum();
        ClaimExtractor extractor = new ClaimExtractor(new CheckworthinessScorer(), SentenceEmbedder.shared());
        progress("warming up on %,d articles", count);
        articles.forEach(extractor::extract);
        double[] seconds = new double[TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            progress("round %d of %d: %,d articles, %,d sentences", round + 1, TIMED_ROUNDS, count, sentences);
            long start = System.nanoTime();
            articles.forEach(extractor::extract);
            seconds[round] = (System.nanoTime() - start) / 1e9;
        }
        double median = Stats.median(seconds);
        ResultTable table = new ResultTable()
                .measured("claim extraction alone, embedding included", sentences / median, "sentences/s",
                        SENTENCES_TARGET, String.format(Locale.ROOT, "median of %d rounds of %,d articles (%,d sentences)",
                                TIMED_ROUNDS, count, sentences))
                .reported("articles", String.format(Locale.ROOT, "%.1f articles/s", count / median))
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-extraction.md"));
        table.writeTo(report);
        progress("written to %s", report);
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-extraction] " + String.format(Locale.ROOT, format, values));
    }
}
