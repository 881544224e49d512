package io.factstream.claims.summary;

import io.factstream.contracts.TechniqueSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds persuasion techniques in an article body, with their spans. Words inside a quotation are the speaker's, which
 * the article reports: they are not the article's technique.
 */
public final class TechniqueDetector {
    private TechniqueDetector() {
    }

    public static List<TechniqueSpan> find(String body) {
        boolean[] quoted = quoted(body);
        List<TechniqueSpan> spans = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            Matcher match = technique.signal().matcher(body);
            while (match.find()) {
                if (!quoted[match.start()]) {
                    spans.add(new TechniqueSpan(technique.name(), match.group(), match.start(), match.end()));
                }
            }
        }
        spans.sort(Comparator.comparingInt(TechniqueSpan::start));
        return spans;
    }

    /**
     * Which characters are inside a quotation: from an opening curly or straight double quote to its closing one (or
     * the end of the paragraph, for a quotation that runs on).
     */
    static boolean[] quoted(String body) {
        boolean[] quoted = new boolean[body.length() + 1];
        boolean inside = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '“' || c == '"' && !inside) {
                inside = true;
            } else if (c == '”' || c == '"' || c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                inside = false;
            }
            quoted[i] = inside;
        }
        return quoted;
    }

    /** How a technique reads in a sentence for editors. */
    static String label(String technique) {
        return Technique.valueOf(technique).label();
    }
}
