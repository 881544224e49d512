package io.factstream.query.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.ArticleIngested;
import io.factstream.contracts.ArticleSections;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.FollowUp;
import io.factstream.contracts.StorySentence;
import io.factstream.contracts.StoryUpdate;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.ArticleAnalysis;
import io.factstream.query.indexing.ClaimDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:00:00Z");
    private static final ArticleIngested ARTICLE = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, "a1", 1,
            "https://harbor-daily.example/bridge", "Bridge reopens", "Body.", "harbor-daily.example", PUBLISHED,
            PUBLISHED, "http", "a1", "en", null, null);

    private static ClaimDocument claim(int start) {
        return new ClaimDocument("a1-c" + start, "a1", "Claim at " + start + ".", start, start + 10, 0.8,
                ClaimType.EVENT, null, "harbor-daily.example", PUBLISHED, List.of());
    }

    private static Verdict verdict(int start, VerdictLabel label, int revision, boolean editorial) {
        return new Verdict(Verdict.SCHEMA_VERSION, "a1-c" + start, "a1", "Claim at " + start + ".", label,
                "Explained.", revision, null, editorial, PUBLISHED, List.of(), VerdictLabel.SINGLE_SOURCE,
                editorial ? "desk" : null, editorial ? "Checked by phone." : null);
    }

    @Test
    void countsTheNewestRevisionOfEveryClaimAndUnjudgedClaimsAsPending() {
        ArticleReport report = ReportAssembler.assemble(ARTICLE, null, List.of(claim(0), claim(40), claim(80)),
                List.of(verdict(0, VerdictLabel.CORROBORATED, 3, false), verdict(0, VerdictLabel.PENDING, 1, false),
                        verdict(40, VerdictLabel.DISPUTED, 2, true)),
                null);
        assertEquals(Map.of(VerdictLabel.CORROBORATED, 1, VerdictLabel.DISPUTED, 1, VerdictLabel.PENDING, 1),
                report.counts());
        ArticleReport.VerdictSummary editorial = report.claims().get(1).verdict();
        assertTrue(editorial.editorial());
        assertEquals(VerdictLabel.SINGLE_SOURCE, editorial.automaticLabel());
        assertEquals(0, report.claims().get(2).verdict().revision(), "not judged yet");
        assertEquals("en", report.language());
    }

    @Test
    void aClaimKnownOnlyByItsVerdictsLabelIsNoClaimOfTheArticle() {
        ClaimDocument labelOnly = new ClaimDocument("a1-c120", "a1", null, 0, 0, 0, null, null, null, null, null);
        ArticleReport report = ReportAssembler.assemble(ARTICLE, null, List.of(claim(0), labelOnly),
                List.of(verdict(0, VerdictLabel.CORROBORATED, 1, false), verdict(120, VerdictLabel.DISPUTED, 1, false)),
                null);
        assertEquals(List.of("a1-c0"), report.claims().stream().map(ArticleReport.ClaimReport::id).toList());
        assertEquals(Map.of(VerdictLabel.CORROBORATED, 1), report.counts());
    }

    @Test
    void followUpQuestionsAskOnlyAboutClaimsTheEvidenceHasNotAnswered() {
        ArticleAnalysis analysis = new ArticleAnalysis("a1", List.of(), List.of(), new ArticleSections(
                "Summary.", null, "None found.", List.of(new FollowUp("a1-c0", "Who confirms the claim at 0?"),
                        new FollowUp("a1-c40", "Who confirms the claim at 40?"),
                        new FollowUp("a1-c80", "Who confirms the claim at 80?"))));
        ArticleReport report = ReportAssembler.assemble(ARTICLE, analysis, List.of(claim(0), claim(40), claim(80)),
                List.of(verdict(0, VerdictLabel.CORROBORATED, 1, false),
                        verdict(40, VerdictLabel.INSUFFICIENT_EVIDENCE, 1, false)),
                null);
        assertEquals(List.of("Who confirms the claim at 40?", "Who confirms the claim at 80?"),
                report.sections().followUpQuestions());
    }

    @Test
    void whatHappenedIsTheStorysAcrossOutletsOnceTwoReportIt() {
        ArticleAnalysis analysis = new ArticleAnalysis("a1", List.of("politics"), List.of(), new ArticleSections(
                "The article's own summary.", null, "None found.", List.of()));
        List<StorySentence> acrossOutlets = List.of(
                new StorySentence("a1", "harbor-daily.example", "a1-c0", "The bridge reopened on Monday."),
                new StorySentence("b1", "coastline-courier.example", "b1-c40", "The repairs cost 4.2 million euros."));
        StoryUpdate story = new StoryUpdate(StoryUpdate.SCHEMA_VERSION, "s1", "Bridge reopens", List.of(), null,
                PUBLISHED, List.of(), null, acrossOutlets);

        ArticleReport.Sections sections = ReportAssembler.assemble(ARTICLE, analysis, List.of(claim(0)), List.of(),
                story).sections();
        assertEquals("harbor-daily.example: The bridge reopened on Monday. coastline-courier.example: The repairs "
                + "cost 4.2 million euros.", sections.whatHappened());
        assertEquals(acrossOutlets, sections.whatHappenedSources());
        assertEquals(List.of(new ArticleReport.TopicCode("medtop:11000000", "politics")),
                ReportAssembler.assemble(ARTICLE, analysis, List.of(), List.of(), story).mediaTopics());

        StoryUpdate oneOutlet = new StoryUpdate(StoryUpdate.SCHEMA_VERSION, "s1", "Bridge reopens", List.of(), null,
                PUBLISHED, List.of(), null, List.of());
        ArticleReport.Sections own = ReportAssembler.assemble(ARTICLE, analysis, List.of(claim(0)), List.of(),
                oneOutlet).sections();
        assertEquals("The article's own summary.", own.whatHappened());
        assertTrue(own.whatHappenedSources().isEmpty());
    }
}
