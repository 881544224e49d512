package io.factstream.claims.summary;

import io.factstream.contracts.ArticleSections;
import io.factstream.contracts.ClaimType;
import io.factstream.contracts.ExtractedClaim;
import io.factstream.contracts.TechniqueSpan;
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
    private static final int FOLLOW_UP_QUESTIONS = 3;
    private static final Pattern FULL_SENTENCE = Pattern.compile("(?s).*[.!?\"”']$");
    private static final Pattern SIGNIFICANCE = Pattern.compile("(?i)\\b(means|could|would|affects?|impact"
            + "|matters|for the first time|record|consequences?|so that|in order to|raises|threatens)\\b");

    private SectionWriter() {
    }

    public static ArticleSections write(List<Sentence> sentences, List<ExtractedClaim> claims,
            List<TechniqueSpan> techniques) {
        List<String> full = sentences.stream().map(Sentence::text).filter(text -> FULL_SENTENCE.matcher(text).matches())
                .toList();
        String whatHappened = full.stream().limit(2).collect(Collectors.joining(" "));
        String whyItMatters = full.stream().skip(2).filter(text -> SIGNIFICANCE.matcher(text).find()).findFirst()
                .orElse(null);
        return new ArticleSections(whatHappened, whyItMatters, perspectiveSignals(techniques),
                followUpQuestions(claims));
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
    private static List<String> followUpQuestions(List<ExtractedClaim> claims) {
        List<String> questions = new ArrayList<>();
        claims.stream().sorted(Comparator.comparingDouble(ExtractedClaim::checkworthiness).reversed())
                .map(SectionWriter::question)
                .filter(question -> !questions.contains(question))
                .limit(FOLLOW_UP_QUESTIONS)
                .forEach(questions::add);
        return questions;
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
