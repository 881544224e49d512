package io.factstream.query.report;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.StoryUpdate;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.ClaimDocument;
import io.factstream.query.report.ArticleReport.ClaimReport;
import io.factstream.query.report.ArticleReport.Sections;
import io.factstream.query.report.ArticleReport.VerdictSummary;
import io.factstream.text.Sentence;
import io.factstream.text.SentenceSplitter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds an article report from the indexed results; a claim with no verdict yet is Pending. */
public final class ReportAssembler {
    private static final VerdictSummary NOT_YET_CHECKED =
            new VerdictSummary(VerdictLabel.PENDING, "Not checked yet.", 0);

    private ReportAssembler() {
    }

    public static ArticleReport assemble(ArticleIngested article, List<ClaimDocument> claims, List<Verdict> verdicts,
            StoryUpdate story) {
        Map<String, Verdict> verdictByClaim = verdicts.stream()
                .collect(Collectors.toMap(Verdict::claimId, verdict -> verdict, (a, b) -> a.revision() >= b.revision() ? a : b));
        List<ClaimReport> claimReports = claims.stream()
                .sorted(Comparator.comparingInt(ClaimDocument::start))
                .map(claim -> claimReport(claim, verdictByClaim.get(claim.claimId())))
                .toList();
        Map<VerdictLabel, Integer> counts = new EnumMap<>(VerdictLabel.class);
        claimReports.forEach(claim -> counts.merge(claim.verdict().label(), 1, Integer::sum));
        return new ArticleReport(article.articleId(), article.url(), article.title(), article.outlet(),
                article.publishedAt(), story == null ? null : story.storyId(), List.of(), List.of(),
                new Sections(lead(article.body()), null, null, null, List.of()),
                story == null ? null : story.coverage(), counts, claimReports);
    }

    private static ClaimReport claimReport(ClaimDocument claim, Verdict verdict) {
        if (verdict == null) {
            return new ClaimReport(claim.claimId(), claim.text(), claim.checkworthiness(), claim.type(),
                    claim.speaker(), NOT_YET_CHECKED, List.of());
        }
        return new ClaimReport(claim.claimId(), claim.text(), claim.checkworthiness(), claim.type(), claim.speaker(),
                new VerdictSummary(verdict.label(), verdict.explanation(), verdict.revision()), verdict.evidence());
    }

    /** What happened, for now the article's lead: its first two full sentences, headings left out. */
    private static String lead(String body) {
        return SentenceSplitter.split(body).stream().map(Sentence::text)
                .filter(text -> text.matches("(?s).*[.!?\"”']$"))
                .limit(2).collect(Collectors.joining(" "));
    }
}
