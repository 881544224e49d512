package io.factstream.ingest.feed;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Serves a one-item RSS feed, with a fresh article URL per run, and points the service at it. */
public class FeedServerResource implements QuarkusTestResourceLifecycleManager {
    static final String ARTICLE_URL_KEY = "feed-test.article-url";
    private FeedServer server;

    @Override
    public Map<String, String> start() {
        String articleUrl = "https://harbor-daily.example/ferry-timetable-" + UUID.randomUUID();
        try {
            server = new FeedServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.route("/rss", request -> new FeedServer.Answer(200, Map.of("Content-Type", "application/rss+xml"),
                rss(articleUrl).getBytes(StandardCharsets.UTF_8)));
        return Map.of(
                "factstream.ingest.feeds.urls", server.url("/rss").toString(),
                "factstream.ingest.feeds.interval", "PT1S",
                "factstream.ingest.feeds.max-backoff", "PT2S",
                ARTICLE_URL_KEY, articleUrl);
    }

    @Override
    public void stop() {
        server.close();
    }

    private static String rss(String articleUrl) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Harbor Daily</title>
                    <link>https://harbor-daily.example/</link>
                    <description>News from the harbor town</description>
                    <item>
                      <title>Winter ferry timetable published</title>
                      <link>%s</link>
                      <pubDate>Mon, 23 Nov 2026 08:30:00 +0000</pubDate>
                      <description>New timetable.</description>
                      <content:encoded><![CDATA[<p>The winter timetable runs 12 crossings a day from December.</p>]]></content:encoded>
                    </item>
                  </channel>
                </rss>
                """.formatted(articleUrl);
    }
}
