package io.factstream.claims.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's top-level IPTC Media Topics, from the vocabulary of its title and body: a topic
 * counts when at least two of its cue words occur, and at most three topics are kept, strongest first.
 */
public final class TopicClassifier {
    private static final int MIN_CUES = 2;
    private static final int MAX_TOPICS = 3;
    private static final Map<String, Pattern> CUES = new LinkedHashMap<>();

    static {
        cue("arts, culture, entertainment and media", "museum|exhibition|festival|concert|film|theatre|novel|artist"
                + "|gallery|music|broadcaster|newspaper|television");
        cue("conflict, war and peace", "war|troops|ceasefire|army|military|missile|invasion|peace talks|rebels"
                + "|airstrike|soldiers|armed");
        cue("crime, law and justice", "police|court|judge|trial|arrested|prosecutor|crime|murder|sentenced"
                + "|lawsuit|charged|verdict");
        cue("disaster, accident and emergency incident", "earthquake|flood|fire|crash|collapsed|explosion"
                + "|rescue|evacuated|casualties|wildfire|sank");
        cue("economy, business and finance", "economy|inflation|prices|market|company|profit|bank|euros|dollars"
                + "|investment|budget|trade|jobs|shares|cost|sales|business");
        cue("education", "school|university|students|teachers|pupils|curriculum|education|exam");
        cue("environment", "climate|emissions|pollution|environment|wildlife|biodiversity|recycling|carbon");
        cue("health", "hospital|patients|doctors|disease|vaccine|health|virus|medical|nurses");
        cue("labour", "strike|union|workers|wages|employment|unemployment|layoffs|staff");
        cue("politics", "election|parliament|minister|government|mayor|council|vote|senator|party|president"
                + "|policy|legislation|campaign");
        cue("science and technology", "research|scientists|study|technology|software|satellite|laboratory"
                + "|artificial intelligence|data");
        cue("society", "residents|community|housing|immigration|poverty|families|welfare|protest");
        cue("sport", "match|league|championship|goal|tournament|coach|team|season|olympic|relay");
        cue("weather", "storm|rain|snow|temperatures|heatwave|forecast|winds|drought");
        cue("lifestyle and leisure", "tourism|travel|restaurant|holiday|fashion|leisure|hobby");
        cue("religion", "church|mosque|temple|religious|bishop|pope|faith|clergy");
        cue("human interest", "anniversary|birthday|celebrated|reunited|centenarian|oldest|record-breaking");
    }

    private static void cue(String topic, String words) {
        CUES.put(topic, Pattern.compile("\\b(" + words + ")\\b"));
    }

    private TopicClassifier() {
    }

    public static List<String> topics(String title, String body) {
        String text = ((title == null ? "" : title) + "\n" + body).toLowerCase(Locale.ROOT);
        List<Map.Entry<String, Integer>> scored = new ArrayList<>();
        for (Map.Entry<String, Pattern> topic : CUES.entrySet()) {
            int hits = 0;
            Matcher match = topic.getValue().matcher(text);
            while (match.find()) {
                hits++;
            }
            if (hits >= MIN_CUES) {
                scored.add(Map.entry(topic.getKey(), hits));
            }
        }
        scored.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        return scored.stream().limit(MAX_TOPICS).map(Map.Entry::getKey).toList();
    }
}
