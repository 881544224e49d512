package io.factstream.ingest.article;

/** A submission that cannot become an article; its message tells the newsroom what to fix. */
public class InvalidArticleException extends RuntimeException {
    private final int status;

    public InvalidArticleException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static InvalidArticleException badRequest(String message) {
        return new InvalidArticleException(400, message);
    }

    public int status() {
        return status;
    }
}
