package io.factstream.bench.newsstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * BASIL's articles ({@code articles/*.json}: source, date, triplet-uuid, uuid, body-paragraphs as lists of
 * sentences), by id: the uuid, or the file name without {@code .json} where the uuid reads "empty".
 */
final class BasilArticles {
    record Article(String id, String source, LocalDate published, List<List<String>> paragraphs) {
        String sentence(int paragraph, int sentence) {
            return paragraphs.get(paragraph).get(sentence);
        }

        List<String> sentences() {
            return paragraphs.stream().flatMap(List::stream).toList();
        }
    }

    private BasilArticles() {
    }

    static Map<String, Article> read(Path folder) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Article> articles = new HashMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode json = mapper.readTree(file.toFile());
                String uuid = json.path("uuid").asText();
                String id = uuid.isEmpty() || uuid.equals("empty")
                        ? file.getFileName().toString().replace(".json", "") : uuid;
                List<List<String>> paragraphs = new ArrayList<>();
                json.path("body-paragraphs").forEach(paragraph -> {
                    List<String> sentences = new ArrayList<>();
                    paragraph.forEach(sentence -> sentences.add(sentence.asText().strip()));
                    paragraphs.add(sentences);
                });
                articles.put(id, new Article(id, json.path("source").asText(),
                        LocalDate.parse(json.path("date").asText()), paragraphs));
            }
        }
        return articles;
    }
}
