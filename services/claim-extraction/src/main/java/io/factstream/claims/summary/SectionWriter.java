package io.factstream.claims.summary;

import io.factstream.contracts.ArticleSections;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.FollowUp;
import io.factstream.contracts.SupportedLanguages;
import io.factstream.contracts.TechniqueSpan;
import io.factstream.text.CentralSentences;
import io.factstream.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes an article's summary sections from its own sentences, claims and techniques, so every
 * section can be traced back to the text.
 */
public final class SectionWriter {
    private static final int SUMMARY_SENTENCES = 2;
    /** Enough questions that a report still has some once verdicts have answered the first claims'. */
    private static final int FOLLOW_UPS = 10;
    private static final Pattern STAKES = Pattern.compile("(?i)\\b(means|could|would|affects?|impact"
            + "|matters|for the first time|record|consequences?|so that|in order to|raises|threatens)\\b");

    private SectionWriter() {
    }

    /** @param embeddings the sentences' embeddings, in the same order */
    public static ArticleSections write(List<Sentence> sentences, List<float[]> embeddings,
            List<ExtractedClaim> claims, List<TechniqueSpan> techniques) {
        String whatHappened = whatHappened(sentences, embeddings);
        return new ArticleSections(whatHappened, whyItMatters(claims, whatHappened), perspectiveSignals(techniques),
                followUps(claims));
    }

    /**
     * The sections of an article in a language the pipeline does not check: its central statements (the embeddings
     * are English-trained, but centrality needs no more than which sentences resemble each other), and no section that
     * would need English cue lists.
     */
    public static ArticleSections writeUnchecked(List<Sentence> sentences, List<float[]> embeddings, String language) {
        return new ArticleSections(whatHappened(sentences, embeddings), null, SupportedLanguages.notChecked(language),
                List.of());
    }

    private static String whatHappened(List<Sentence> sentences, List<float[]> embeddings) {
        List<Integer> central = CentralSentences.pick(sentences.stream().map(Sentence::text).toList(), embeddings,
                SUMMARY_SENTENCES);
        return central.isEmpty() ? null
                : central.stream().map(i -> sentences.get(i).text()).collect(Collectors.joining(" "));
    }

    /** The most check-worthy claim that states consequences or stakes and is not already the summary, or null. */
    private static String whyItMatters(List<ExtractedClaim> claims, String whatHappened) {
        return claims.stream().filter(claim -> whatHappened == null || !whatHappened.contains(claim.text()))
                .filter(claim -> STAKES.matcher(claim.text()).find())
                .max(Comparator.comparingDouble(ExtractedClaim::checkworthiness)).map(ExtractedClaim::text)
                .orElse(null);
    }

    private static String perspectiveSignals(List<TechniqueSpan> techniques) {
        if (techniques.isEmpty()) {
            return "No persuasion techniques were found: the article reads as straight reporting.";
        }
        Map<String, Long> counts = techniques.stream().collect(Collectors.groupingBy(TechniqueSpan::technique,
                LinkedHashMap::new, Collectors.counting()));
        return "The article uses " + counts.entrySet().stream()
                .map(entry -> TechniqueDetector.label(entry.getKey()) + " (" + entry.getValue() + "×, e.g. \""
                        + firstSpan(techniques, entry.getKey()) + "\")")
                .collect(Collectors.joining(", ")) + ".";
    }

    private static String firstSpan(List<TechniqueSpan> techniques, String technique) {
        return techniques.stream().filter(span -> span.technique().equals(technique)).findFirst().orElseThrow().text();
    }

    /** One question per claim, most check-worthy claims first, phrased after what the claim rests on. */
    private static List<FollowUp> followUps(List<ExtractedClaim> claims) {
        List<FollowUp> followUps = new ArrayList<>();
        for (ExtractedClaim claim : claims.stream()
                .sorted(Comparator.comparingDouble(ExtractedClaim::checkworthiness).reversed()).toList()) {
            String question = question(claim);
            if (followUps.size() < FOLLOW_UPS && followUps.stream().noneMatch(f -> f.question().equals(question))) {
                followUps.add(new FollowUp(claim.claimId(), question));
            }
        }
        return followUps;
    }

    private static String question(ExtractedClaim claim) {
        String claimText = "\"" + claim.text() + "\"";
        if (claim.speaker() != null && (claim.type() == ClaimType.QUOTE || claim.type() == ClaimType.ATTRIBUTION)) {
            return "Does anyone besides " + claim.speaker() + " confirm " + claimText + "?";
        }
        if (!claim.numbers().isEmpty()) {
            return "What is the source of the figure \"" + claim.numbers().getFirst().text() + "\" in " + claimText
                    + ", and how was it measured?";
        }
        if (claim.type() == ClaimType.CAUSAL) {
            return "What evidence links cause and effect in " + claimText + "?";
        }
        if (!claim.dates().isEmpty()) {
            return "Do official records for " + claim.dates().getFirst().value() + " confirm " + claimText + "?";
        }
        return "Which independent source confirms " + claimText + "?";
    }
}
