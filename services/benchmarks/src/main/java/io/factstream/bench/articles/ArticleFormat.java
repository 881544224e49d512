package io.factstream.bench.articles;

/** How a generated article's body is written, as the ingest API's {@code contentType} names it. */
public enum ArticleFormat {
    PLAIN_TEXT("text/plain"),
    HTML("text/html");

    private final String contentType;

    ArticleFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
