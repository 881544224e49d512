package io.factstream.bench.factchecks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.bench.report.Machine;
import io.factstream.bench.report.NamedArguments;
import io.factstream.bench.report.ResultTable;
import io.factstream.claims.attribution.SpeakerResolver;
import io.factstream.corpus.factchecks.FactCheckFormats;
import io.factstream.corpus.read.CorpusReader;
import io.factstream.corpus.read.CorpusRecord;
import io.factstream.embedding.SentenceEmbedder;
import io.factstream.evidence.factchecks.FactCheckMatches;
import io.factstream.evidence.factchecks.FactChecks;
import io.factstream.evidence.query.ClaimContext;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.reference.factchecks.FactCheckDocument;
import io.factstream.stance.SameClaim;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * Matching claims to published fact-checks (docs/evidence.md#fact-checks) on our LIAR restatements
 * ({@code services/benchmarks/data/factcheck-restatements.jsonl}): for 120 of LIAR's training statements a paraphrase
 * or partial restatement written by us, which should match that statement, and a distractor by the same speaker on
 * the same subject, which should match nothing. The statements are searched among all of LIAR's training split,
 * imported first into an index of the benchmark's own ({@code make bench-factcheck}), as evidence search does.
 *
 * <p>Precision@1 is the share of claims given a match whose best match is their statement; recall the share of
 * restatements matched to their statement. The thresholds of {@link SameClaim} are swept too, for tuning; the
 * statements with an even LIAR id are the tuning half, those with an odd id the held-out half.
 *
 * <pre>java ... FactCheckBenchmark data=LIAR_FOLDER es=http://localhost:9200 index=NAME restatements=FILE report=PATH</pre>
 */
public final class FactCheckBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STATEMENT_ID = Pattern.compile("\\(statement (\\S+)\\)");
    private static final int BATCH = 32;

    private FactCheckBenchmark() {
    }

    record Restatement(String liarId, String kind, String claim) {
        boolean shouldMatch() {
            return !kind.equals("distractor");
        }

        boolean tuning() {
            return Integer.parseInt(liarId.replace(".json", "")) % 2 == 0;
        }
    }

    /** A restatement, the statement of its best match (or null) and the comparisons of all its candidates. */
    record Outcome(Restatement restatement, String matched, List<Candidate> candidates) {
    }

    record Candidate(String statementId, SameClaim.Comparison comparison) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = NamedArguments.of(args);
        Path liar = Path.of(options.get("data"));
        Map<String, String> statementIds = statementIds(liar.resolve("train.tsv"));
        List<Restatement> restatements = restatements(Path.of(options.get("restatements")));
        try (RestClient rest = RestClient.builder(HttpHost.create(options.get("es"))).build();
             SentenceEmbedder embedder = new SentenceEmbedder()) {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest,
                    new JacksonJsonpMapper()));
            FactChecks factChecks = new FactChecks(client, options.get("index"));
            // the claim's speaker as claim extraction finds it in the pipeline
            SpeakerResolver speakers = new SpeakerResolver();
            List<Outcome> outcomes = new ArrayList<>();
            long start = System.nanoTime();
            for (int from = 0; from < restatements.size(); from += BATCH) {
                List<Restatement> batch = restatements.subList(from, Math.min(restatements.size(), from + BATCH));
                List<float[]> embeddings = embedder.embedAll(batch.stream().map(Restatement::claim).toList());
                List<ClaimQuery> queries = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    String claim = batch.get(i).claim();
                    queries.add(new ClaimQuery(claim, embeddings.get(i), new ClaimContext(List.of(), null, null,
                            speakers.speakerOf(claim).orElse(null)), null));
                }
                List<List<FactCheckDocument>> candidates = factChecks.candidates(queries);
                for (int i = 0; i < batch.size(); i++) {
                    outcomes.add(outcome(batch.get(i), queries.get(i), candidates.get(i), statementIds));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ResultTable table = report(outcomes, seconds);
            String sweep = sweep(outcomes) + System.lineSeparator() + wrongMatches(outcomes, statementIds);
            Path reportFile = Path.of(options.get("report"));
            table.writeTo(reportFile);
            Files.writeString(reportFile, Files.readString(reportFile) + System.lineSeparator() + sweep);
            System.out.println(table.markdown());
            System.out.println(sweep);
        }
    }

    private static Outcome outcome(Restatement restatement, ClaimQuery query, List<FactCheckDocument> candidates,
            Map<String, String> statementIds) {
        List<Candidate> compared = candidates.stream().map(candidate -> new Candidate(
                statementIds.get(candidate.claimReviewed()), FactCheckMatches.compare(query, candidate))).toList();
        var matches = FactCheckMatches.of(query, candidates);
        String matched = matches.isEmpty() ? null : statementIds.get(matches.getFirst().snippet());
        return new Outcome(restatement, matched, compared);
    }

    private static ResultTable report(List<Outcome> outcomes, double seconds) {
        ResultTable table = new ResultTable();
        for (String half : List.of("all", "tuning (even ids)", "held out (odd ids)")) {
            List<Outcome> selected = outcomes.stream().filter(outcome -> half.equals("all")
                    || half.startsWith("tuning") == outcome.restatement().tuning()).toList();
            Scores scores = Scores.of(selected, outcome -> outcome.matched());
            table.reported("precision@1, " + half, scores.describePrecision());
            table.reported("recall, " + half, scores.describeRecall());
        }
        for (String kind : List.of("paraphrase", "partial", "distractor")) {
            List<Outcome> ofKind = outcomes.stream().filter(outcome -> outcome.restatement().kind().equals(kind))
                    .toList();
            long matched = ofKind.stream().filter(outcome -> outcome.matched() != null).count();
            long right = ofKind.stream().filter(outcome -> outcome.restatement().liarId().equals(outcome.matched())
                    && outcome.restatement().shouldMatch()).count();
            long retrieved = ofKind.stream().filter(outcome -> outcome.candidates().stream()
                    .anyMatch(candidate -> outcome.restatement().liarId().equals(candidate.statementId()))).count();
            table.reported(kind + ": matched / right / its statement among the candidates / claims",
                    matched + " / " + right + " / " + retrieved + " / " + ofKind.size());
        }
        table.reported("claims matched per second (search and check, one thread)",
                ResultTable.format(outcomes.size() / seconds));
        table.reported("machine", Machine.note());
        return table;
    }

    /** The claims matched to another statement than theirs, for reading: LIAR's text stays in target/. */
    private static String wrongMatches(List<Outcome> outcomes, Map<String, String> statementIds) {
        Map<String, String> statements = new HashMap<>();
        statementIds.forEach((statement, id) -> statements.put(id, statement));
        StringBuilder text = new StringBuilder("Wrong matches:\n");
        for (Outcome outcome : outcomes) {
            boolean right = outcome.restatement().shouldMatch()
                    && outcome.restatement().liarId().equals(outcome.matched());
            if (outcome.matched() != null && !right) {
                SameClaim.Comparison comparison = outcome.candidates().stream()
                        .filter(candidate -> outcome.matched().equals(candidate.statementId())).findFirst()
                        .orElseThrow().comparison();
                text.append("- ").append(outcome.restatement().kind()).append(" ")
                        .append(outcome.restatement().liarId()).append(": ").append(outcome.restatement().claim())
                        .append("\n  matched ").append(outcome.matched()).append(" (").append(comparison.reason())
                        .append("): ").append(statements.get(outcome.matched())).append("\n");
            }
        }
        return text.toString();
    }

    /** Precision@1 and recall at other thresholds of {@link SameClaim}, on the tuning and held-out halves. */
    private static String sweep(List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder("| similar | close | same words | tuning P@1 | tuning R | held-out P@1 "
                + "| held-out R |\n|---|---|---|---|---|---|---|\n");
        for (double similar : new double[] {0.75, 0.8, 0.85, 0.9}) {
            for (double close : new double[] {0.6, 0.65, 0.7, 0.75}) {
                for (double words : new double[] {0.4, 0.5, 0.6}) {
                    if (close > similar) {
                        continue;
                    }
                    Scores tuning = Scores.of(outcomes.stream().filter(o -> o.restatement().tuning()).toList(),
                            outcome -> matchedAt(outcome, similar, close, words));
                    Scores heldOut = Scores.of(outcomes.stream().filter(o -> !o.restatement().tuning()).toList(),
                            outcome -> matchedAt(outcome, similar, close, words));
                    text.append(String.format(Locale.ROOT, "| %.2f | %.2f | %.1f | %s | %s | %s | %s |%n", similar,
                            close, words, tuning.describePrecision(), tuning.describeRecall(),
                            heldOut.describePrecision(), heldOut.describeRecall()));
                }
            }
        }
        return text.toString();
    }

    private static String matchedAt(Outcome outcome, double similar, double close, double words) {
        return outcome.candidates().stream()
                .filter(candidate -> candidate.comparison().conflict() == null && SameClaim.Comparison.close(
                        candidate.comparison().similarity(), candidate.comparison().sameWords(), similar, close,
                        words))
                .max((a, b) -> Double.compare(a.comparison().similarity(), b.comparison().similarity()))
                .map(Candidate::statementId).orElse(null);
    }

    record Scores(long matched, long right, long shouldMatch) {
        static Scores of(List<Outcome> outcomes, Function<Outcome, String> matchOf) {
            long matched = 0;
            long right = 0;
            for (Outcome outcome : outcomes) {
                String match = matchOf.apply(outcome);
                if (match != null) {
                    matched++;
                    if (outcome.restatement().shouldMatch() && outcome.restatement().liarId().equals(match)) {
                        right++;
                    }
                }
            }
            return new Scores(matched, right, outcomes.stream().filter(o -> o.restatement().shouldMatch()).count());
        }

        String describePrecision() {
            return matched == 0 ? "none matched" : String.format(Locale.ROOT, "%.3f (%d of %d)",
                    (double) right / matched, right, matched);
        }

        String describeRecall() {
            return String.format(Locale.ROOT, "%.3f (%d of %d)", (double) right / shouldMatch, right, shouldMatch);
        }
    }

    /** Each training statement's claim reviewed, as the import reads it, and its LIAR id. */
    private static Map<String, String> statementIds(Path trainTsv) throws IOException {
        Map<String, String> ids = new HashMap<>();
        try (InputStream in = Files.newInputStream(trainTsv)) {
            CorpusReader<FactCheckDocument> reader = FactCheckFormats.readerFor("train.tsv", in);
            for (CorpusRecord<FactCheckDocument> record = reader.next(); record != null; record = reader.next()) {
                if (record instanceof CorpusRecord.Parsed<FactCheckDocument> parsed) {
                    Matcher id = STATEMENT_ID.matcher(parsed.location());
                    if (id.find()) {
                        ids.put(parsed.document().claimReviewed(), id.group(1));
                    }
                }
            }
        }
        return ids;
    }

    private static List<Restatement> restatements(Path file) throws IOException {
        List<Restatement> restatements = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode json = JSON.readTree(line);
                restatements.add(new Restatement(json.get("liar_id").asText(), json.get("kind").asText(),
                        json.get("claim").asText()));
            }
        }
        return restatements;
    }
}
