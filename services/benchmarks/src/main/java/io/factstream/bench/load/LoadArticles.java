package io.factstream.bench.load;

import io.factstream.bench.articles.ArticleFormat;
import io.factstream.bench.articles.ArticleGenerator;
import io.factstream.bench.articles.ArticleToPost;
import io.factstream.bench.basil.BasilArticles;
import io.factstream.bench.basil.BasilArticles.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The articles a load run pushes: generated ones, or real ones from BASIL. */
final class LoadArticles {
    private static final long SEED = 20261201L;
    /**
     * Events whose articles are interleaved: the first outlet's article of ten events, then the second's, then the
     * third's, so that one story's outlets arrive ten articles apart (five seconds at 2 articles/s), as coverage
     * arrives over time, rather than back to back.
     */
    static final int EVENTS_INTERLEAVED = 10;

    private LoadArticles() {
    }

    /** Several outlets covering shared stories, 400 to 1,500 words each. */
    static List<ArticleToPost> generated(int count, String runTag) {
        ArticleGenerator generator = new ArticleGenerator(SEED, runTag);
        return Stream.generate(() -> generator.next(ArticleFormat.PLAIN_TEXT)).limit(count).toList();
    }

    /**
     * The articles of every {@code parts}-th of BASIL's events (sorted by id), starting with the {@code part}-th
     * (1-based), so that two runs on halves push different stories; each event's articles oldest first, interleaved
     * with those of the events beside it ({@link #EVENTS_INTERLEAVED}).
     */
    static List<ArticleToPost> basil(Path folder, int part, int parts, String runTag) throws IOException {
        Map<String, List<Article>> events = new TreeMap<>();
        BasilArticles.read(folder).values().forEach(article ->
                events.computeIfAbsent(article.event(), event -> new ArrayList<>()).add(article));
        List<List<Article>> chosen = new ArrayList<>();
        int index = 0;
        for (List<Article> event : events.values()) {
            if (index++ % parts == part - 1) {
                chosen.add(event.stream()
                        .sorted(Comparator.comparing(Article::published).thenComparing(Article::outlet)).toList());
            }
        }
        List<ArticleToPost> order = new ArrayList<>();
        for (int group = 0; group < chosen.size(); group += EVENTS_INTERLEAVED) {
            List<List<Article>> interleaved =
                    chosen.subList(group, Math.min(chosen.size(), group + EVENTS_INTERLEAVED));
            int outlets = interleaved.stream().mapToInt(List::size).max().orElse(0);
            for (int slot = 0; slot < outlets; slot++) {
                for (List<Article> event : interleaved) {
                    if (slot < event.size()) {
                        order.add(event.get(slot).asSubmission(runTag));
                    }
                }
            }
        }
        return order;
    }
}
