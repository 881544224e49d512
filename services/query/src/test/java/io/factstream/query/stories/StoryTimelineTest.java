package io.factstream.query.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factstream.contracts.Bias;
import io.factstream.contracts.StoryArticle;
import io.factstream.contracts.StoryUpdate;
import io.factstream.contracts.Verdict;
import io.factstream.contracts.VerdictLabel;
import io.factstream.query.indexing.LabelChange;
import io.factstream.query.stories.StoryTimeline.Entry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryTimelineTest {
    private static final Instant NINE = Instant.parse("2026-12-06T09:00:00Z");

    private static StoryArticle article(String id, String outlet, Instant publishedAt) {
        return new StoryArticle(id, "https://" + outlet + "/" + id, "Title of " + id, outlet, Bias.CENTER, id,
                publishedAt);
    }

    private static Optional<LabelChange> change(String claimId, VerdictLabel previous, VerdictLabel label,
            int revision, Instant at) {
        return LabelChange.of(new Verdict(Verdict.SCHEMA_VERSION, claimId, claimId.substring(0, 2), "text " + claimId,
                label, "explained", revision, previous, false, at, List.of(), label, null, null));
    }

    @Test
    void onlyChangesThatSayAJudgementWasMadeOrUndoneAreRecorded() {
        assertEquals(Optional.empty(), change("a1-c0", null, VerdictLabel.PENDING, 1, NINE), "a first Pending");
        assertEquals(Optional.empty(), change("a1-c0", VerdictLabel.PENDING, VerdictLabel.INSUFFICIENT_EVIDENCE, 2,
                NINE), "still not judged");
        assertEquals(Optional.empty(), change("a1-c0", VerdictLabel.SINGLE_SOURCE, VerdictLabel.SINGLE_SOURCE, 3,
                NINE), "new evidence, same label");
        assertEquals(VerdictLabel.CONTRADICTED, change("a1-c0", null, VerdictLabel.CONTRADICTED, 1, NINE)
                .orElseThrow().label(), "a first verdict that judges");
        assertEquals(VerdictLabel.INSUFFICIENT_EVIDENCE, change("a1-c0", VerdictLabel.CORROBORATED,
                VerdictLabel.INSUFFICIENT_EVIDENCE, 4, NINE).orElseThrow().label(), "a judgement undone");
        assertEquals("a1-c0@4", change("a1-c0", VerdictLabel.CORROBORATED, VerdictLabel.INSUFFICIENT_EVIDENCE, 4,
                NINE).orElseThrow().documentId());
    }

    @Test
    void articlesAndLabelChangesNewestFirstWithoutClaimsOfArticlesThatLeftTheStory() {
        StoryUpdate story = new StoryUpdate(StoryUpdate.SCHEMA_VERSION, "s1", "Bridge", List.of(
                article("a1", "harbor-daily.example", NINE),
                article("a2", "coastline-courier.example", NINE.plusSeconds(600))), null, NINE.plusSeconds(900),
                List.of(), null, List.of());
        List<LabelChange> changes = List.of(
                change("a1-c0", VerdictLabel.PENDING, VerdictLabel.SINGLE_SOURCE, 2, NINE.plusSeconds(60)).orElseThrow(),
                change("a1-c0", VerdictLabel.SINGLE_SOURCE, VerdictLabel.CORROBORATED, 3, NINE.plusSeconds(600))
                        .orElseThrow(),
                change("a9-c0", null, VerdictLabel.CONTRADICTED, 1, NINE.plusSeconds(700)).orElseThrow());

        List<Entry> entries = StoryTimeline.of(story, changes, 10).entries();

        assertEquals(List.of("LABEL_CHANGED a1-c0 CORROBORATED", "ARTICLE_PUBLISHED a2 null",
                "LABEL_CHANGED a1-c0 SINGLE_SOURCE", "ARTICLE_PUBLISHED a1 null"), entries.stream()
                .map(entry -> entry.kind() + " " + (entry.claimId() == null ? entry.articleId() : entry.claimId())
                        + " " + entry.label()).toList(), "a change made when an article arrived is listed above it");
        assertEquals("harbor-daily.example", entries.getFirst().outlet(), "a change names its claim's outlet");
        assertEquals(VerdictLabel.SINGLE_SOURCE, entries.getFirst().previousLabel());
        assertEquals(2, StoryTimeline.of(story, changes, 2).entries().size(), "the newest entries alone");
    }
}
