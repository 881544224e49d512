package io.factstream.query.report;

import io.factstream.contracts.ClaimType;
import io.factstream.contracts.Coverage;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.TechniqueSpan;
import io.factstream.contracts.VerdictLabel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The article report of DESIGN.md §8: what an editor opens for one article.
 *
 * @param language the article's language as ingest identified it (ISO 639-1, or {@code und})
 */
public record ArticleReport(String id, String url, String title, String outlet, Instant publishedAt, String language,
        String storyId,
        List<String> topics, List<TechniqueSpan> techniques, Sections sections, Coverage coverage,
        Map<VerdictLabel, Integer> counts, List<ClaimReport> claims) {

    /** Summary sections; those no stage computes yet are null. */
    public record Sections(String whatHappened, String whyItMatters, String commonGround, String perspectiveSignals,
            List<String> followUpQuestions) {
    }

    public record ClaimReport(String id, String text, double checkworthiness, ClaimType type, String speaker,
            VerdictSummary verdict, List<Evidence> evidence) {
    }

    /**
     * @param editorial      an editor set the label; {@code automaticLabel} is then what the evidence alone gives
     */
    public record VerdictSummary(VerdictLabel label, String explanation, int revision, boolean editorial,
            VerdictLabel automaticLabel) {
    }
}
