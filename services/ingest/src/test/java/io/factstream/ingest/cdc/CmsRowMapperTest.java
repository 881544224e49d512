package io.factstream.ingest.cdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.ingest.article.ArticleSubmission;
import org.junit.jupiter.api.Test;

class CmsRowMapperTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void insertBecomesASubmission() throws Exception {
        ArticleSubmission submission = CmsRowMapper.toSubmission(json.readTree("""
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
        assertTrue(CmsRowMapper.toSubmission(json.readTree("""
                {"before":{"id":7},"after":null,"op":"d"}""")).isEmpty());
    }
}
