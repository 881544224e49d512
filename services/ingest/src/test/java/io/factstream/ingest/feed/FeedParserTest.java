package io.factstream.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.ingest.article.ArticleSubmission;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    @Test
    void rssItemWithContentEncodedUsesTheFullText() throws Exception {
        ArticleSubmission ferry = usable(parse(FeedFixtures.RSS, "application/rss+xml").get(0));
        assertEquals("https://harbor-daily.example/ferry-line-resumes", ferry.url());
        assertEquals("Ferry line resumes after strike", ferry.title());
        assertTrue(ferry.body().contains("14 crossings a day"), ferry.body());
        assertEquals("text/html", ferry.contentType());
        assertEquals("2026-11-23T08:30:00Z", ferry.publishedAt());
        assertNull(ferry.outlet());
    }

    @Test
    void rssItemWithoutFullTextUsesItsDescriptionAsHtml() throws Exception {
        ArticleSubmission pier = usable(parse(FeedFixtures.RSS, null).get(1));
        assertEquals("The harbor council <b>postponed</b> its vote on the new pier to January.", pier.body());
        assertEquals("text/html", pier.contentType());
    }

    @Test
    void itemsAreKeyedByGuid() throws Exception {
        List<FeedItem> items = parse(FeedFixtures.RSS, null);
        assertEquals(List.of("harbor-daily-1001", "https://harbor-daily.example/pier-vote-delayed",
                "harbor-daily-1003"), items.stream().map(FeedItem::key).toList());
    }

    @Test
    void itemWithoutLinkIsUnusable() throws Exception {
        FeedItem.Unusable noLink = assertInstanceOf(FeedItem.Unusable.class, parse(FeedFixtures.RSS, null).get(2));
        assertEquals("it has no link", noLink.reason());
    }

    @Test
    void atomEntryWithContentUsesItAndItsAlternateLink() throws Exception {
        ArticleSubmission water = usable(parse(FeedFixtures.ATOM, "application/atom+xml").get(0));
        assertEquals("https://river-gazette.example/water-levels-fall", water.url());
        assertEquals("Water levels fall after record flood", water.title());
        assertTrue(water.body().startsWith("<p>Water levels on the river fell"), water.body());
        assertEquals("text/html", water.contentType());
        assertEquals("2026-11-23T07:15:00Z", water.publishedAt());
    }

    @Test
    void atomEntryWithOnlyASummaryUsesItAsPlainText() throws Exception {
        ArticleSubmission library = usable(parse(FeedFixtures.ATOM, null).get(1));
        assertEquals("https://river-gazette.example/library-hours", library.url());
        assertEquals("The town library will open until 9 pm on weekdays from December, the mayor announced.",
                library.body());
        assertEquals("text/plain", library.contentType());
        assertEquals("2026-11-22T12:00:00Z", library.publishedAt());
    }

    @Test
    void atomEntryWithoutContentOrSummaryIsUnusable() throws Exception {
        FeedItem.Unusable bare = assertInstanceOf(FeedItem.Unusable.class, parse(FeedFixtures.ATOM, null).get(2));
        assertEquals("urn:river-gazette:2026:bare", bare.key());
        assertTrue(bare.reason().contains("neither full text nor a description"), bare.reason());
    }

    @Test
    void aDocumentThatIsNoFeedIsAnError() {
        byte[] html = "<html><body>Not a feed</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThrows(FeedReadException.class, () -> FeedParser.parse(html, "text/html"));
        assertThrows(FeedReadException.class, () -> FeedParser.parse("<rss".getBytes(StandardCharsets.UTF_8), null));
    }

    private static List<FeedItem> parse(String fixture, String contentType) throws FeedReadException {
        return FeedParser.parse(FeedFixtures.bytes(fixture), contentType);
    }

    private static ArticleSubmission usable(FeedItem item) {
        return assertInstanceOf(FeedItem.Usable.class, item).submission();
    }
}
