package io.factstream.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Our own small feeds under {@code src/test/resources/feeds/}. */
final class FeedFixtures {
    static final String RSS = "harbor-daily.rss.xml";
    static final String ATOM = "river-gazette.atom.xml";

    private FeedFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
