package io.factstream.bench.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder in BASIL's layout, with articles of our own writing, read as labelled stories. */
class BasilStoriesTest {

    @Test
    void eachEventIsAStoryAndEachOutletItsDomainOldestFirst(@TempDir Path folder) throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("e1_1.json"), article("nyt", "2014-05-02", "u1", "e1"));
        Files.writeString(articles.resolve("e1_2.json"), article("FOX", "2014-05-01", "empty", "e1"));
        Files.writeString(articles.resolve("e2_1.json"), article("hpo", "2015-01-09", "u3", "e2"));

        List<LabelledArticle> read = LabelledStories.read(folder);

        assertEquals(List.of("e1_2", "u1", "u3"), read.stream().map(LabelledArticle::id).toList(),
                "oldest first; an article whose uuid reads empty is named by its file");
        assertEquals(List.of("foxnews.com", "nytimes.com", "huffingtonpost.com"),
                read.stream().map(LabelledArticle::outlet).toList());
        assertEquals(List.of("e1", "e1", "e2"), read.stream().map(LabelledArticle::storyId).toList());
        assertEquals(Instant.parse("2014-05-01T12:00:00Z"), read.getFirst().publishedAt());
        assertEquals("The ferry sank. Nobody was hurt.\n\nThe harbour reopened.", read.getFirst().body());
    }

    private static String article(String source, String date, String uuid, String event) {
        return """
                {"source": "%s", "url": "https://%s.example/a", "title": " Ferry sinks ", "date": "%s",
                 "uuid": "%s", "triplet-uuid": "%s",
                 "body-paragraphs": [["The ferry sank.", "Nobody was hurt."], ["The harbour reopened."]]}
                """.formatted(source, source, date, uuid, event);
    }
}
