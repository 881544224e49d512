package io.factstream.bench.stories;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.factstream.bench.basil.BasilArticles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads labelled story sets: a JSON file, or a folder of them, each holding an array of articles (or one article)
 * {@code {id?, title, body, outlet?, publishedAt?, storyId}}. Without an id an article is numbered in reading order;
 * without a publication time all are published at the same moment. A folder in BASIL's layout ({@link BasilArticles})
 * is read as one story per event, each article published at noon UTC of its day.
 */
public final class LabelledStories {
    private static final Instant UNDATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private LabelledStories() {
    }

    public static List<LabelledArticle> read(Path fileOrFolder) throws IOException {
        if (BasilArticles.isBasil(fileOrFolder)) {
            return BasilArticles.read(fileOrFolder).values().stream()
                    .sorted(Comparator.comparing(BasilArticles.Article::published)
                            .thenComparing(BasilArticles.Article::id))
                    .map(article -> new LabelledArticle(article.id(), article.title(), article.body(),
                            article.outlet(), article.published().atTime(12, 0).toInstant(ZoneOffset.UTC),
                            article.event()))
                    .toList();
        }
        List<Path> files;
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> listed = Files.list(fileOrFolder)) {
                files = listed.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            }
        } else {
            files = List.of(fileOrFolder);
        }
        List<LabelledArticle> articles = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                addAll(JSON.readTree(in), articles);
            }
        }
        return articles;
    }

    public static List<LabelledArticle> read(InputStream json) throws IOException {
        List<LabelledArticle> articles = new ArrayList<>();
        addAll(JSON.readTree(json), articles);
        return articles;
    }

    private static void addAll(JsonNode node, List<LabelledArticle> articles) throws IOException {
        for (JsonNode item : node.isArray() ? node : JSON.createArrayNode().add(node)) {
            LabelledArticle read = JSON.treeToValue(item, LabelledArticle.class);
            if (read.title() == null || read.body() == null || read.storyId() == null) {
                throw new IOException("a labelled article needs title, body and storyId: " + item);
            }
            articles.add(new LabelledArticle(read.id() == null ? "article-" + articles.size() : read.id(),
                    read.title(), read.body(), read.outlet(),
                    read.publishedAt() == null ? UNDATED : read.publishedAt(), read.storyId()));
        }
    }
}
