package io.factstream.query.report;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ArticleSections;
import io.factstream.contracts.FollowUp;
import io.factstream.contracts.StorySentence;
import io.factstream.contracts.StoryUpdate;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.ArticleAnalysis;
import io.factstream.query.indexing.ClaimDocument;
import io.factstream.query.report.ArticleReport.ClaimReport;
import io.factstream.query.report.ArticleReport.Sections;
import io.factstream.query.report.ArticleReport.VerdictSummary;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds an article report from the indexed results; a claim with no verdict yet is Pending. */
public final class ReportAssembler {
    private static final VerdictSummary NOT_YET_CHECKED =
            new VerdictSummary(VerdictLabel.PENDING, "Not checked yet.", 0, false, VerdictLabel.PENDING);
    private static final int FOLLOW_UP_QUESTIONS = 3;
    /** A question is worth asking while the evidence has not answered it. */
    private static final Set<VerdictLabel> OPEN = EnumSet.of(VerdictLabel.PENDING, VerdictLabel.INSUFFICIENT_EVIDENCE);

    private ReportAssembler() {
    }

    /** @param analysis what claim extraction found about the whole article, or {@code null} before it ran */
    public static ArticleReport assemble(ArticleIngested article, ArticleAnalysis analysis, List<ClaimDocument> claims,
            List<Verdict> verdicts, StoryUpdate story) {
        Map<String, Verdict> verdictByClaim = verdicts.stream()
                .collect(Collectors.toMap(Verdict::claimId, verdict -> verdict, (a, b) -> a.revision() >= b.revision() ? a : b));
        List<ClaimReport> claimReports = claims.stream()
                .filter(ReportAssembler::extracted)
                .sorted(Comparator.comparingInt(ClaimDocument::start))
                .map(claim -> claimReport(claim, verdictByClaim.get(claim.claimId())))
                .toList();
        Map<VerdictLabel, Integer> counts = new EnumMap<>(VerdictLabel.class);
        claimReports.forEach(claim -> counts.merge(claim.verdict().label(), 1, Integer::sum));
        return new ArticleReport(article.articleId(), article.url(), article.title(), article.outlet(),
                article.publishedAt(), article.language(), story == null ? null : story.storyId(),
                analysis == null ? List.of() : analysis.topics(),
                analysis == null ? List.of() : ArticleReport.TopicCode.of(analysis.topics()),
                analysis == null ? List.of() : analysis.techniques(), sections(analysis, story, claimReports),
                story == null ? null : story.coverage(), counts, claimReports);
    }

    /**
     * A claim document without text holds only the label of a verdict that came before its claim, or after its
     * article's new revision dropped it (a verdict still on its way); neither is a claim of the article as it stands.
     */
    private static boolean extracted(ClaimDocument claim) {
        return claim.text() != null;
    }

    private static ClaimReport claimReport(ClaimDocument claim, Verdict verdict) {
        if (verdict == null) {
            return new ClaimReport(claim.claimId(), claim.text(), claim.checkworthiness(), claim.type(),
                    claim.speaker(), NOT_YET_CHECKED, List.of());
        }
        return new ClaimReport(claim.claimId(), claim.text(), claim.checkworthiness(), claim.type(), claim.speaker(),
                new VerdictSummary(verdict.label(), verdict.explanation(), verdict.revision(), verdict.editorial(),
                        verdict.automaticLabel() == null ? verdict.label() : verdict.automaticLabel()),
                verdict.evidence());
    }

    /**
     * Common ground and, once two outlets report the story, what happened are the story's, and come with story
     * analysis; the rest is the article's own.
     */
    private static Sections sections(ArticleAnalysis analysis, StoryUpdate story, List<ClaimReport> claims) {
        String commonGround = story == null ? null : CommonGroundText.of(story.commonGround());
        List<StorySentence> acrossOutlets = story == null || story.summary() == null ? List.of() : story.summary();
        String storySummary = acrossOutlets.isEmpty() ? null : acrossOutlets.stream()
                .map(sentence -> sentence.outlet() + ": " + sentence.text()).collect(Collectors.joining(" "));
        if (analysis == null) {
            return new Sections(storySummary, acrossOutlets, null, commonGround, null, List.of());
        }
        ArticleSections own = analysis.sections();
        return new Sections(storySummary == null ? own.whatHappened() : storySummary, acrossOutlets,
                own.whyItMatters(), commonGround, own.perspectiveSignals(), openQuestions(own.followUps(), claims));
    }

    /** The questions about claims that are still open, in the order claim extraction ranked them. */
    private static List<String> openQuestions(List<FollowUp> followUps, List<ClaimReport> claims) {
        if (followUps == null) {
            return List.of();
        }
        Set<String> open = claims.stream().filter(claim -> OPEN.contains(claim.verdict().label()))
                .map(ClaimReport::id).collect(Collectors.toSet());
        return followUps.stream().filter(followUp -> open.contains(followUp.claimId())).map(FollowUp::question)
                .limit(FOLLOW_UP_QUESTIONS).toList();
    }
}
