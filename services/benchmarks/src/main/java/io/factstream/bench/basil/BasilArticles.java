package io.factstream.bench.basil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.bench.articles.ArticleToPost;
import io.factstream.contracts.ArticleIngested;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * BASIL's articles (Fan et al., EMNLP 2019; {@code articles/*.json}: source, url, title, date, triplet-uuid, uuid,
 * body-paragraphs as lists of sentences), by id: the uuid, or the file name without {@code .json} where the uuid reads
 * "empty". The text is third-party: read from the dataset's path, never kept.
 */
public final class BasilArticles {
    /** BASIL's outlets by the domain the pipeline knows them by. */
    private static final Map<String, String> OUTLETS = Map.of("nyt", "nytimes.com", "fox", "foxnews.com",
            "hpo", "huffingtonpost.com");

    /** @param event the event's triplet-uuid: the story the three outlets' articles share */
    public record Article(String id, String outlet, String url, String title, LocalDate published, String event,
            List<List<String>> paragraphs) {
        public String sentence(int paragraph, int sentence) {
            return paragraphs.get(paragraph).get(sentence);
        }

        public List<String> sentences() {
            return paragraphs.stream().flatMap(List::stream).toList();
        }

        /** Paragraphs apart by a blank line, sentences by a space, as an article's body arrives. */
        public String body() {
            return String.join("\n\n", paragraphs.stream().map(paragraph -> String.join(" ", paragraph)).toList());
        }

        /**
         * As a newsroom would post it to ingest, published at noon UTC of its day; {@code runTag} goes into the URL's
         * query, so that each run of a benchmark posts new articles rather than revisions of the last run's.
         */
        public ArticleToPost asSubmission(String runTag) {
            return new ArticleToPost(url + (url.contains("?") ? "&" : "?") + "run=" + runTag, title, body(),
                    outlet, published + "T12:00:00Z", "text/plain");
        }

        /** As ingest publishes it: an original in English, published and ingested at noon UTC of its day. */
        public ArticleIngested asIngested() {
            Instant noon = published.atTime(12, 0).toInstant(ZoneOffset.UTC);
            return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, 1, url, title, body(), outlet, noon, noon,
                    "http", id, "en", null, null);
        }
    }

    /** Whether the folder holds BASIL's layout. */
    public static boolean isBasil(Path folder) {
        return Files.isDirectory(folder.resolve("articles"));
    }

    private BasilArticles() {
    }

    /** The articles by id: BASIL's article uuid, or the file name when an article has none. */
    public static Map<String, Article> read(Path folder) throws IOException {
        Map<String, Article> articles = new HashMap<>();
        readByFile(folder).values().forEach(article -> articles.put(article.id(), article));
        return articles;
    }

    /** The articles by file name, without {@code .json}: how our hand labels name them. */
    public static Map<String, Article> readByFile(Path folder) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Article> articles = new HashMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode json = mapper.readTree(file.toFile());
                String name = file.getFileName().toString().replace(".json", "");
                String uuid = json.path("uuid").asText();
                String id = uuid.isEmpty() || uuid.equals("empty") ? name : uuid;
                List<List<String>> paragraphs = new ArrayList<>();
                json.path("body-paragraphs").forEach(paragraph -> {
                    List<String> sentences = new ArrayList<>();
                    paragraph.forEach(sentence -> sentences.add(sentence.asText().strip()));
                    paragraphs.add(sentences);
                });
                String source = json.path("source").asText().toLowerCase(Locale.ROOT);
                articles.put(name, new Article(id, OUTLETS.getOrDefault(source, source), json.path("url").asText(),
                        json.path("title").asText().strip(), LocalDate.parse(json.path("date").asText()),
                        json.path("triplet-uuid").asText(), paragraphs));
            }
        }
        return articles;
    }
}
