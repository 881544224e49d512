package io.factstream.ingest.feed;

/**
 * The ETag and Last-Modified of a feed's last complete answer, sent back as If-None-Match and
 * If-Modified-Since so that an unchanged feed costs a 304 instead of a download. Either may be null.
 */
public record CacheValidators(String etag, String lastModified) {
    public static final CacheValidators NONE = new CacheValidators(null, null);
}
