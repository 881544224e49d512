package io.factstream.ingest.cdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.ingest.article.ArticleSubmission;
import org.junit.jupiter.api.Test;

class CmsRowMapperTest {
    private final ObjectMapper json = new ObjectMapper();
    private final CmsRowMapper mapper = new CmsRowMapper(new Columns("url", "title", "body", "outlet", "published_at"));

    private record Columns(String url, String title, String body, String outlet, String publishedAt)
            implements CmsColumns {
        @Override
        public String contentType() {
            return "text/plain";
        }
    }

    @Test
    void columnNamesComeFromTheMapping() throws Exception {
        CmsRowMapper custom = new CmsRowMapper(new Columns("link", "headline", "content", "site", "issued"));
        ArticleSubmission submission = custom.toSubmission(json.readTree("""
                {"after":{"link":"https://cms.example/b","headline":"H","content":"C.","site":"cms.example",
                 "issued":"2026-11-23"},"op":"u"}""")).orElseThrow();
        assertEquals("https://cms.example/b", submission.url());
        assertEquals("H", submission.title());
        assertEquals("C.", submission.body());
        assertEquals("2026-11-23", submission.publishedAt());
    }

    @Test
    void insertBecomesASubmission() throws Exception {
        ArticleSubmission submission = mapper.toSubmission(json.readTree("""
                {"before":null,"after":{"id":7,"url":"https://cms.example/a","title":"T","body":"B.",
                 "outlet":"cms.example","published_at":"2026-11-23T10:00:00.000000Z"},"op":"c"}""")).orElseThrow();
        assertEquals("https://cms.example/a", submission.url());
        assertEquals("T", submission.title());
        assertEquals("B.", submission.body());
        assertEquals("cms.example", submission.outlet());
        assertEquals("2026-11-23T10:00:00.000000Z", submission.publishedAt());
    }

    @Test
    void deletesCarryNoArticle() throws Exception {
        assertTrue(mapper.toSubmission(json.readTree("""
                {"before":{"id":7},"after":null,"op":"d"}""")).isEmpty());
    }
}
