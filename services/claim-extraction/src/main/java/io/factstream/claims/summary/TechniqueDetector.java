package io.factstream.claims.summary;

import io.factstream.contracts.TechniqueSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** Finds persuasion techniques in an article body, with their spans. */
public final class TechniqueDetector {
    private TechniqueDetector() {
    }

    public static List<TechniqueSpan> find(String body) {
        List<TechniqueSpan> spans = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            Matcher match = technique.signal().matcher(body);
            while (match.find()) {
                spans.add(new TechniqueSpan(technique.name(), match.group(), match.start(), match.end()));
            }
        }
        spans.sort(Comparator.comparingInt(TechniqueSpan::start));
        return spans;
    }

    /** How a technique reads in a sentence for editors. */
    static String label(String technique) {
        return Technique.valueOf(technique).label();
    }
}
