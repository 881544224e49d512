package io.factstream.ingest.feed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A real HTTP server on an ephemeral loopback port that serves feeds and records the requests it got. */
final class FeedServer implements AutoCloseable {

    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer status(int status) {
            return new Answer(status, Map.of(), new byte[0]);
        }
    }

    record Request(String path, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void route(String path, Function<Request, Answer> answer) {
        routes.put(path, answer);
    }

    /** Serves a fixture with an ETag and a Last-Modified, and answers 304 to a request that presents either. */
    void serveConditionally(String path, String fixture, String etag, String lastModified) {
        route(path, request -> etag.equals(request.header("If-None-Match"))
                || lastModified.equals(request.header("If-Modified-Since"))
                ? Answer.status(304)
                : new Answer(200, Map.of("Content-Type", "application/xml; charset=utf-8", "ETag", etag,
                        "Last-Modified", lastModified), FeedFixtures.bytes(fixture)));
    }

    void serve(String path, String fixture) {
        route(path, request -> new Answer(200, Map.of("Content-Type", "application/xml"), FeedFixtures.bytes(fixture)));
    }

    List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders());
        requests.add(request);
        Answer answer = routes.getOrDefault(request.path(), unknown -> Answer.status(404)).apply(request);
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        boolean empty = answer.body().length == 0;
        exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
