package io.factstream.ingest.feed;

/** A feed could not be read this time: no connection, an error status, or a document that is no feed. */
public class FeedReadException extends Exception {

    public FeedReadException(String message) {
        super(message);
    }

    public FeedReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
