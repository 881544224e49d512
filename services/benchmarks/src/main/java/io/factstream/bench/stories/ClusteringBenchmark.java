package io.factstream.bench.stories;

import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.bench.report.Stats;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.spectrum.clustering.StoryMatcher;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clustering: pairwise precision, recall and F1 of coverage-spectrum's assignment rule on a labelled set
 * ({@code data=PATH}, default our own set in stories/labelled-stories.json), and its throughput in articles/s.
 * The rule is run in memory with exhaustive candidates (the service asks Elasticsearch for them), so the throughput
 * is the rule's own cost, not the service's. Story and article vectors are computed first with the embedding model, as
 * claim-extraction does for the service; the same set is also clustered on words alone, for comparison, and with
 * every article published on one day, the harder test of precision.
 */
public final class ClusteringBenchmark {
    static final String OWN_SET = "stories/labelled-stories.json";
    private static final int THROUGHPUT_ARTICLES = 2_000;
    private static final int TIMED_ROUNDS = 3;
    private static final double PRECISION_TARGET = 0.95;

    private ClusteringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = NamedArguments.of(args);
        String data = options.getOrDefault("data", "").strip();
        List<LabelledArticle> articles = data.isEmpty() ? ownSet() : LabelledStories.read(Path.of(data));
        List<StoryInput> inputs;
        try (SentenceEmbedder embedder = new SentenceEmbedder()) {
            inputs = StoryInput.of(articles, embedder);
        }
        PairwiseScores scores = PairwiseScores.of(articles, OnlineClustering.assign(inputs));
        PairwiseScores wordsAlone = PairwiseScores.of(articles,
                OnlineClustering.assign(StoryInput.of(articles, null)));
        PairwiseScores oneDay = PairwiseScores.of(articles, OnlineClustering.assign(onOneDay(inputs)));
        long stories = articles.stream().map(LabelledArticle::storyId).distinct().count();
        String set = String.format(Locale.ROOT, "%s: %,d articles in %,d stories, %,d pairs of one story",
                data.isEmpty() ? OWN_SET + " (ours)" : data, articles.size(), stories, scores.truePairs());

        List<StoryInput> workload = spreadOut(inputs);
        double[] seconds = new double[TIMED_ROUNDS];
        OnlineClustering.assign(workload);
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long start = System.nanoTime();
            OnlineClustering.assign(workload);
            seconds[round] = (System.nanoTime() - start) / 1e9;
        }
        ResultTable table = new ResultTable()
                .measuredShare("pairwise precision (no false merges)", scores.precision(), PRECISION_TARGET, set)
                .reported("pairwise recall / F1", String.format(Locale.ROOT, "%s / %s",
                        ResultTable.share(scores.recall()), ResultTable.share(scores.f1())))
                .reported("the same on words alone (no vectors): precision / recall / F1", scores(wordsAlone))
                .reported("the same articles all published on one day (every story a candidate of every other): "
                        + "precision / recall / F1", scores(oneDay))
                .reported("clustering throughput, assignment rule in memory", String.format(Locale.ROOT,
                        "%,.0f articles/s (median of %d rounds over %,d articles: the set repeated, copies apart in time; "
                        + "story vectors come from claim-extraction and are not timed)",
                        workload.size() / Stats.median(seconds), TIMED_ROUNDS, workload.size()))
                .reported("machine", Machine.note());
        System.out.print(table.markdown());
        Path report = Path.of(options.getOrDefault("report", "target/bench-stories.md"));
        table.writeTo(report);
        System.err.println("[bench-stories] written to " + report);
    }

    private static String scores(PairwiseScores scores) {
        return String.format(Locale.ROOT, "%s / %s / %s", ResultTable.share(scores.precision()),
                ResultTable.share(scores.recall()), ResultTable.share(scores.f1()));
    }

    /** A harder test of precision than real dates give: many stories of one news day, some about the same people. */
    private static List<StoryInput> onOneDay(List<StoryInput> inputs) {
        Instant day = inputs.getFirst().article().publishedAt();
        return inputs.stream().map(input -> {
            LabelledArticle article = input.article();
            return input.withArticle(new LabelledArticle(article.id(), article.title(), article.body(),
                    article.outlet(), day, article.storyId()));
        }).toList();
    }

    static List<LabelledArticle> ownSet() throws Exception {
        try (InputStream json = ClusteringBenchmark.class.getClassLoader().getResourceAsStream(OWN_SET)) {
            return LabelledStories.read(json);
        }
    }

    /** Copies of the set, each after the one before, so that copies never fall into one window. */
    private static List<StoryInput> spreadOut(List<StoryInput> inputs) {
        List<Instant> times = inputs.stream().map(input -> input.article().publishedAt()).sorted().toList();
        Duration copyLength = Duration.between(times.getFirst(), times.getLast()).plus(StoryMatcher.WINDOW.multipliedBy(2));
        List<StoryInput> workload = new ArrayList<>();
        for (int copy = 0; workload.size() < THROUGHPUT_ARTICLES; copy++) {
            Duration shift = copyLength.multipliedBy(copy);
            for (StoryInput input : inputs) {
                LabelledArticle article = input.article();
                workload.add(input.withArticle(new LabelledArticle(copy + "/" + article.id(), article.title(),
                        article.body(), article.outlet(), article.publishedAt().plus(shift),
                        copy + "/" + article.storyId())));
            }
        }
        return workload;
    }
}
