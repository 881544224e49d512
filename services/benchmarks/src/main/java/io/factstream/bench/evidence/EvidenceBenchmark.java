package io.factstream.bench.evidence;

import io.factstream.bench.articles.ArticleGenerator;
import io.factstream.bench.articles.ExtractedArticles;
import io.factstream.bench.articles.ExtractedArticles.Content;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.bench.report.TopicTail;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.Topic;
import io.factstream.embedding.SentenceEmbedder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * The evidence-search benchmark (issue 5), against the evidence-search service of the `make run` stack: after a
 * warm-up (on a freshly started stack the first articles go at less than half the later rate), three timed parts
 * ({@link TimedPhase}), each on new generated articles as claim extraction would publish them:
 * <ol>
 * <li>claims and passages together, five claims per article: the stream as the pipeline sends it, and the checked
 * claims that the later passages are searched against;</li>
 * <li>passages alone (indexing, and the reverse search over the checked claims): passages indexed per second, until
 * a claim put last on each partition has its evidence;</li>
 * <li>claims alone (searched over everything indexed so far, and judged): claims searched and judged per second.</li>
 * </ol>
 * Each part also reports where Elasticsearch spent its time and the re-check rounds it caused.
 *
 * <p>Arguments ({@code name=value}, optional): {@code kafka} bootstrap servers, {@code elasticsearch} its address,
 * {@code articles} how many per part, {@code report} the Markdown file to write.
 */
public final class EvidenceBenchmark {
    private static final long SEED = 20261123L;
    private static final double CLAIMS_TARGET = 50;
    private static final double PASSAGES_TARGET = 300;
    private static final int WARM_UP_ARTICLES = 100;

    private EvidenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        String kafka = options.getOrDefault("kafka", "localhost:9092");
        String elasticsearch = options.getOrDefault("elasticsearch", "http://localhost:9200");
        int count = Integer.parseInt(options.getOrDefault("articles", "400"));
        progress("embedding generated articles (claim extraction's work, not timed)");
        var generator = new ArticleGenerator(SEED, Long.toString(System.currentTimeMillis(), 36));
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        List<ArticleClaims> warmUp = ExtractedArticles.generate(generator, embedder, WARM_UP_ARTICLES);
        List<ArticleClaims> together = ExtractedArticles.generate(generator, embedder, count);
        List<ArticleClaims> passagesAlone = ExtractedArticles.generate(generator, embedder, count, Content.PASSAGES);
        List<ArticleClaims> endMarkers = ExtractedArticles.generate(generator, embedder,
                Topic.CLAIMS_EXTRACTED.partitions(), Content.CLAIMS);
        List<ArticleClaims> claimsAlone = ExtractedArticles.generate(generator, embedder, count, Content.CLAIMS);

        try (KafkaConsumer<String, String> evidence = TopicTail.open(kafka, List.of(Topic.CLAIMS_EVIDENCE))) {
            var phase = new TimedPhase(evidence, elasticsearch);
            progress("warm-up, not counted: %,d articles with claims and passages", WARM_UP_ARTICLES);
            TimedPhase.Result warm = phase.run(WARM_UP_ARTICLES, passagesOf(warmUp), claimIdsOf(warmUp),
                    () -> ExtractedArticles.publish(kafka, warmUp));
            progress("claims and passages together: %,d articles", count);
            TimedPhase.Result mixed = phase.run(count, passagesOf(together), claimIdsOf(together),
                    () -> ExtractedArticles.publish(kafka, together));
            progress("passages alone: %,d articles", count);
            TimedPhase.Result indexing = phase.run(count, passagesOf(passagesAlone), claimIdsOf(endMarkers), () -> {
                ExtractedArticles.publish(kafka, passagesAlone);
                ExtractedArticles.publishOnePerPartition(kafka, endMarkers);
            });
            progress("claims alone: %,d articles", count);
            TimedPhase.Result searching = phase.run(count, 0, claimIdsOf(claimsAlone),
                    () -> ExtractedArticles.publish(kafka, claimsAlone));
            ResultTable table = new ResultTable()
                    .measured("claims searched and judged", searching.perSecond(searching.judged()), "claims/s",
                            CLAIMS_TARGET, String.format(Locale.ROOT, "claims alone: %,d articles, %s",
                                    searching.articles(), searching.timing()))
                    .measured("passages indexed", indexing.perSecond(indexing.passages()), "passages/s",
                            PASSAGES_TARGET, String.format(Locale.ROOT,
                                    "passages alone: %,d passages of %,d articles, then a claim on each partition, %s",
                                    indexing.passages(), indexing.articles(), indexing.timing()))
                    .reported("warm-up, claims and passages together (not counted)", rates(warm))
                    .reported("claims and passages together", rates(mixed))
                    .reported("re-check rounds, claims and passages together (counted until quiet, not timed)",
                            mixed.rechecks().summary())
                    .reported("re-check rounds, passages alone (counted until quiet, not timed)",
                            indexing.rechecks().summary())
                    .reported("Elasticsearch's time, largest shares: claims and passages together",
                            mixed.elasticsearchShares())
                    .reported("Elasticsearch's time: passages alone", indexing.elasticsearchShares())
                    .reported("Elasticsearch's time: claims alone", searching.elasticsearchShares())
                    .reported("machine", Machine.note());
            System.out.print(table.markdown());
            Path report = Path.of(options.getOrDefault("report", "target/bench-evidence.md"));
            table.writeTo(report);
            progress("written to %s", report);
        }
    }

    private static String rates(TimedPhase.Result part) {
        return String.format(Locale.ROOT, "%s claims/s, %s passages/s, %s articles/s (%,d articles, %,d passages, %s)",
                ResultTable.format(part.perSecond(part.judged())), ResultTable.format(part.perSecond(part.passages())),
                ResultTable.format(part.perSecond(part.articles())), part.articles(), part.passages(), part.timing());
    }

    private static int passagesOf(List<ArticleClaims> articles) {
        return articles.stream().mapToInt(article -> article.passages().size()).sum();
    }

    private static Set<String> claimIdsOf(List<ArticleClaims> articles) {
        return articles.stream().flatMap(article -> article.claims().stream()).map(ExtractedClaim::claimId)
                .collect(Collectors.toSet());
    }

    private static void progress(String format, Object... values) {
        System.err.println("[bench-evidence] " + String.format(Locale.ROOT, format, values));
    }
}
