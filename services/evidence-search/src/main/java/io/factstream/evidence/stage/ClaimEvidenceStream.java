package io.factstream.evidence.stage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.factstream.contracts.ArticleClaims;
import io.factstream.contracts.ClaimEvidence;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.SupportedLanguages;
import io.factstream.evidence.passages.Passage;
import io.factstream.evidence.passages.PassageIndex;
import io.factstream.evidence.passages.Passages;
import io.factstream.evidence.query.ClaimContext;
import io.factstream.evidence.query.ClaimQuery;
import io.factstream.evidence.query.Exclusion;
import io.factstream.evidence.recheck.CheckedClaim;
import io.factstream.evidence.recheck.CheckedClaims;
import io.factstream.evidence.recheck.Rechecker;
import io.factstream.evidence.rounds.EvidenceRound;
import io.factstream.evidence.rounds.EvidenceRounds;
import io.factstream.evidence.search.EvidenceSearch;
import io.factstream.support.elasticsearch.EarlierRevisions;
import io.factstream.support.elasticsearch.SearchableWrites;
import io.factstream.support.metrics.StageMetrics;
import io.factstream.support.resilience.RetryWhileUnavailable;
import io.micrometer.core.annotation.Timed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code claims.extracted} to {@code claims.evidence}: indexes the article's passages, so that claims elsewhere can
 * cite them, publishes one record per claim of the article, and fresh rounds for earlier claims that the new
 * passages bear on. The article's record is acknowledged only once Kafka holds every one of them.
 */
@ApplicationScoped
public class ClaimEvidenceStream {
    private final ElasticsearchClient elasticsearch;
    private final PassageIndex passages;
    private final CheckedClaims checkedClaims;
    private final EvidenceSearch search;
    private final EvidenceRounds evidenceRounds;
    private final Rechecker rechecker;
    private final EvidencePublisher publisher;
    private final Clock clock;

    public ClaimEvidenceStream(ElasticsearchClient elasticsearch, PassageIndex passages, CheckedClaims checkedClaims,
            EvidenceSearch search, EvidenceRounds evidenceRounds, Rechecker rechecker, EvidencePublisher publisher,
            Clock clock) {
        this.elasticsearch = elasticsearch;
        this.passages = passages;
        this.checkedClaims = checkedClaims;
        this.search = search;
        this.evidenceRounds = evidenceRounds;
        this.rechecker = rechecker;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Incoming("claims-extracted")
    @Timed(value = StageMetrics.RECORDS, extraTags = {StageMetrics.STAGE, "evidence-search.search"})
    @Blocking
    @RetryWhileUnavailable
    public void searchEvidence(ArticleClaims article) throws IOException {
        if (!SupportedLanguages.checks(article.language())) {
            // An earlier revision in a checked language left passages and claims that this one no longer has.
            SearchableWrites.write(elasticsearch, EarlierRevisions.deletions(elasticsearch, article.articleId(),
                    List.of(), PassageIndex.INDEX, CheckedClaims.INDEX));
            publisher.publishAll(notChecked(article));
            return;
        }
        List<Passage> newPassages = Passages.of(article);
        var source = new Exclusion(article.articleId(), article.outlet(), article.originId());
        List<String> articleNames = Passages.articleNames(article);
        List<ExtractedClaim> remembered = article.claims().stream().filter(claim -> claim.embedding() != null)
                .toList();
        Map<String, Integer> firstRounds = byClaim(remembered, evidenceRounds.firstSearches(
                remembered.stream().map(ExtractedClaim::claimId).toList()));
        List<BulkOperation> saves = new ArrayList<>(passages.indexing(newPassages));
        remembered.forEach(claim -> saves.add(remembering(article, articleNames, claim)));
        List<String> currentIds = new ArrayList<>(newPassages.stream().map(Passage::passageId).toList());
        article.claims().forEach(claim -> currentIds.add(claim.claimId()));
        saves.addAll(EarlierRevisions.deletions(elasticsearch, article.articleId(), currentIds, PassageIndex.INDEX,
                CheckedClaims.INDEX));
        // The article's passages and claims are searchable before it searches: of two articles processed at the
        // same moment, the one whose saves became searchable later finds the other's passages and claims.
        SearchableWrites.write(elasticsearch, saves);
        List<List<Evidence>> evidence = search.find(article.claims().stream().map(claim -> new ClaimQuery(
                claim.text(), claim.embedding() == null ? null : claim.embedding().values(),
                        ClaimContext.of(claim, articleNames, article.publishedAt()), source)).toList());
        Map<String, List<Evidence>> found = new HashMap<>();
        for (int i = 0; i < article.claims().size(); i++) {
            found.put(article.claims().get(i).claimId(), evidence.get(i));
        }
        Map<String, EvidenceRound> settled = byClaim(remembered, evidenceRounds.settleFirstSearches(remembered
                .stream().map(claim -> new EvidenceRounds.FirstSearch(claim.claimId(), firstRounds.get(
                        claim.claimId()), found.get(claim.claimId()))).toList()));
        List<ClaimEvidence> rounds = new ArrayList<>();
        for (ExtractedClaim claim : article.claims()) {
            EvidenceRound round = settled.getOrDefault(claim.claimId(),
                    new EvidenceRound(ClaimEvidence.FIRST_ROUND, found.get(claim.claimId())));
            rounds.add(round.published(claim.claimId(), article.articleId(), claim.text(), article.outlet(),
                    article.publishedAt(), clock.instant(), article.language()));
        }
        rounds.addAll(rechecker.recheck(newPassages, source));
        publisher.publishAll(rounds);
    }

    /**
     * Each claim of an article in a language the pipeline does not check gets one round per revision of its article:
     * no search, so no evidence. Its passages are not indexed either: English claims cannot be judged against them.
     */
    private List<ClaimEvidence> notChecked(ArticleClaims article) throws IOException {
        if (article.claims().isEmpty()) {
            return List.of();
        }
        List<Integer> rounds = evidenceRounds.firstSearches(article.claims().stream().map(ExtractedClaim::claimId)
                .toList());
        List<ClaimEvidence> published = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            ExtractedClaim claim = article.claims().get(i);
            published.add(new EvidenceRound(rounds.get(i), List.of()).published(claim.claimId(), article.articleId(),
                    claim.text(), article.outlet(), article.publishedAt(), clock.instant(), article.language()));
        }
        return published;
    }

    /**
     * A claim without embedding (an older record) cannot be matched by new passages: it is not remembered, and has
     * no rounds but its first.
     */
    private BulkOperation remembering(ArticleClaims article, List<String> articleNames, ExtractedClaim claim) {
        return checkedClaims.remembering(new CheckedClaim(claim.claimId(), article.articleId(), article.outlet(),
                article.originId(), article.publishedAt(), claim.text(), claim.speaker(), articleNames,
                claim.embedding().values()));
    }

    private static <T> Map<String, T> byClaim(List<ExtractedClaim> claims, List<T> values) {
        Map<String, T> byClaim = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byClaim.put(claims.get(i).claimId(), values.get(i));
        }
        return byClaim;
    }
}
