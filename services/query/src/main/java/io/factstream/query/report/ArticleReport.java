package io.factstream.query.report;

import io.factstream.contracts.ClaimType;
import io.factstream.contracts.Coverage;
import io.factstream.contracts.Evidence;
import io.factstream.contracts.MediaTopic;
import io.factstream.contracts.StorySentence;
import io.factstream.contracts.TechniqueSpan;
import io.factstream.contracts.VerdictLabel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The article report of DESIGN.md §8: what an editor opens for one article.
 *
 * @param language    the article's language as ingest identified it (ISO 639-1, or {@code und})
 * @param topics      the article's top-level IPTC Media Topics by name
 * @param mediaTopics the same topics with their IPTC codes
 */
public record ArticleReport(String id, String url, String title, String outlet, Instant publishedAt, String language,
        String storyId, List<String> topics, List<TopicCode> mediaTopics, List<TechniqueSpan> techniques, Sections sections, Coverage coverage,
        Map<VerdictLabel, Integer> counts, List<ClaimReport> claims) {

    /**
     * Summary sections; those no stage computes yet are null.
     *
     * @param whatHappened        the story's summary across its outlets, each sentence after its outlet's name, once
     *                            two independent outlets report it; until then the article's own central statements
     * @param whatHappenedSources the sentences of a summary across outlets, each with its outlet, article and claim;
     *                            empty when {@code whatHappened} is the article's own
     */
    public record Sections(String whatHappened, List<StorySentence> whatHappenedSources, String whyItMatters,
            String commonGround, String perspectiveSignals, List<String> followUpQuestions) {
    }

    /** An IPTC Media Topic: its code ({@code medtop:11000000}) and English name ({@code politics}). */
    public record TopicCode(String code, String name) {
        static List<TopicCode> of(List<String> names) {
            return names.stream().flatMap(name -> MediaTopic.ofLabel(name).stream())
                    .map(topic -> new TopicCode(topic.code(), topic.label())).toList();
        }
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
