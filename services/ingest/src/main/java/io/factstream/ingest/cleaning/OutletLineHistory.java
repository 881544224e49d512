package io.factstream.ingest.cleaning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which lines each outlet has used in its recent articles, to recognise the furniture an outlet
 * prints under every article (its slogan, its newsletter box). Bounded: the most recently active
 * outlets, and per outlet its latest articles. Thread-safe.
 */
public final class OutletLineHistory {
    private final int articlesPerOutlet;
    private final int repeatedInArticles;
    private final Map<String, OutletLines> outlets;

    /**
     * @param repeatedInArticles in how many of an outlet's recent articles a line must appear to count as repeated
     */
    public OutletLineHistory(int maxOutlets, int articlesPerOutlet, int repeatedInArticles) {
        this.articlesPerOutlet = articlesPerOutlet;
        this.repeatedInArticles = repeatedInArticles;
        this.outlets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, OutletLines> eldest) {
                return size() > maxOutlets;
            }
        };
    }

    /**
     * Remembers the lines of one article and answers which of them the outlet used in at least
     * {@code repeatedInArticles} of its recent articles, this one included. An article submitted
     * again replaces its earlier lines instead of adding to the count.
     */
    public Set<Long> rememberAndFindRepeated(String outlet, String articleKey, Set<Long> lineHashes) {
        OutletLines lines;
        synchronized (outlets) {
            lines = outlets.computeIfAbsent(outlet, name -> new OutletLines());
        }
        return lines.remember(articleKey, lineHashes);
    }

    private final class OutletLines {
        private final LinkedHashMap<String, Set<Long>> recentArticles = new LinkedHashMap<>();
        private final Map<Long, Integer> articlesPerLine = new HashMap<>();

        synchronized Set<Long> remember(String articleKey, Set<Long> lineHashes) {
            forget(recentArticles.remove(articleKey));
            if (recentArticles.size() >= articlesPerOutlet) {
                String oldest = recentArticles.keySet().iterator().next();
                forget(recentArticles.remove(oldest));
            }
            Set<Long> stored = Set.copyOf(lineHashes);
            recentArticles.put(articleKey, stored);
            Set<Long> repeated = new HashSet<>();
            for (Long hash : stored) {
                if (articlesPerLine.merge(hash, 1, Integer::sum) >= repeatedInArticles) {
                    repeated.add(hash);
                }
            }
            return repeated;
        }

        private void forget(Set<Long> lineHashes) {
            if (lineHashes != null) {
                lineHashes.forEach(hash -> articlesPerLine.computeIfPresent(hash, (h, count) -> count > 1 ? count - 1 : null));
            }
        }
    }
}
