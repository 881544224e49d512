package io.factstream.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static final String ETAG = "\"harbor-v1\"";
    private static final String LAST_MODIFIED = "Mon, 23 Nov 2026 08:30:00 GMT";
    private final FeedServer server = new FeedServer();
    private final FeedReader reader = new FeedReader(Duration.ofSeconds(5));

    FeedReaderTest() throws IOException {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void firstReadIsUnconditionalAndReturnsTheValidators() throws Exception {
        server.serveConditionally("/rss", FeedFixtures.RSS, ETAG, LAST_MODIFIED);

        FeedResponse.Fetched fetched = assertInstanceOf(FeedResponse.Fetched.class,
                reader.read(server.url("/rss"), CacheValidators.NONE));

        assertEquals(3, fetched.items().size());
        assertEquals(new CacheValidators(ETAG, LAST_MODIFIED), fetched.validators());
        FeedServer.Request request = server.requests("/rss").getFirst();
        assertEquals("Factstream feed reader", request.header("User-Agent"));
        assertNull(request.header("If-None-Match"));
        assertNull(request.header("If-Modified-Since"));
    }

    @Test
    void readWithValidatorsIsConditional() throws Exception {
        server.serveConditionally("/rss", FeedFixtures.RSS, ETAG, LAST_MODIFIED);

        FeedResponse response = reader.read(server.url("/rss"), new CacheValidators(ETAG, LAST_MODIFIED));

        assertInstanceOf(FeedResponse.NotModified.class, response);
        FeedServer.Request request = server.requests("/rss").getFirst();
        assertEquals(ETAG, request.header("If-None-Match"));
        assertEquals(LAST_MODIFIED, request.header("If-Modified-Since"));
    }

    @Test
    void followsRedirects() throws Exception {
        server.serve("/atom", FeedFixtures.ATOM);
        server.route("/old-atom", request -> new FeedServer.Answer(301,
                Map.of("Location", server.url("/atom").toString()), new byte[0]));

        FeedResponse response = reader.read(server.url("/old-atom"), CacheValidators.NONE);

        assertEquals(3, assertInstanceOf(FeedResponse.Fetched.class, response).items().size());
    }

    @Test
    void errorStatusIsAReadError() {
        server.route("/rss", request -> FeedServer.Answer.status(503));

        FeedReadException e = assertThrows(FeedReadException.class,
                () -> reader.read(server.url("/rss"), CacheValidators.NONE));

        assertTrue(e.getMessage().contains("503"), e.getMessage());
    }

    @Test
    void unparseableAnswerIsAReadError() {
        server.route("/rss", request -> new FeedServer.Answer(200, Map.of("Content-Type", "text/html"),
                "<html><body>Maintenance</body></html>".getBytes()));

        assertThrows(FeedReadException.class, () -> reader.read(server.url("/rss"), CacheValidators.NONE));
    }

    @Test
    void refusedConnectionIsAReadError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThrows(FeedReadException.class,
                () -> reader.read(URI.create("http://127.0.0.1:" + closedPort + "/rss"), CacheValidators.NONE));
        assertEquals(List.of(), server.requests("/rss"));
    }
}
