package io.factstream.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.factstream.contracts.Ids;
import io.factstream.ingest.IngestedArticles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The service polls a configured feed by itself and publishes its item; against the real broker of the test stack. */
@QuarkusTest
@WithTestResource(FeedServerResource.class)
class FeedIngestTest {

    @Test
    void feedItemIsOnTheIngestedTopic() throws Exception {
        // Looked up here, not injected: an injected property would have to exist for every test class's app.
        String articleUrl = ConfigProvider.getConfig().getValue(FeedServerResource.ARTICLE_URL_KEY, String.class);
        JsonNode article = IngestedArticles.await(Ids.articleId(articleUrl), record -> true);

        assertEquals(articleUrl, article.get("url").asText());
        assertEquals("feed", article.get("source").asText());
        assertEquals("harbor-daily.example", article.get("outlet").asText());
        assertEquals("Winter ferry timetable published", article.get("title").asText());
        assertEquals("The winter timetable runs 12 crossings a day from December.", article.get("body").asText());
    }
}
