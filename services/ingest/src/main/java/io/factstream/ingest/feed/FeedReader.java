package io.factstream.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches a feed with a conditional GET and parses it. Keeps no state: the caller owns the validators. */
public class FeedReader {
    static final String USER_AGENT = "Factstream feed reader";
    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
    private final HttpClient http;
    private final Duration timeout;

    /** @param timeout for connecting and again for the answer's headers */
    public FeedReader(Duration timeout) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
    }

    public FeedResponse read(URI feed, CacheValidators validators) throws FeedReadException {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed).timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT);
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<byte[]> response = send(request.build());
        return switch (response.statusCode()) {
            case 200 -> new FeedResponse.Fetched(FeedParser.parse(response.body(), header(response, "Content-Type")),
                    new CacheValidators(header(response, "ETag"), header(response, "Last-Modified")));
            case 304 -> new FeedResponse.NotModified();
            default -> throw new FeedReadException("it answered HTTP " + response.statusCode());
        };
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws FeedReadException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new FeedReadException("it did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedReadException("reading it was interrupted", e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
