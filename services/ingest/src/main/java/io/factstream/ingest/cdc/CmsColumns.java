package io.factstream.ingest.cdc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which columns of the newsroom's CMS table hold each article field. */
@ConfigMapping(prefix = "factstream.ingest.cms.columns")
public interface CmsColumns {
    @WithDefault("url")
    String url();

    @WithDefault("title")
    String title();

    @WithDefault("body")
    String body();

    @WithDefault("outlet")
    String outlet();

    @WithDefault("published_at")
    String publishedAt();

    /** The body column's format: text/plain or text/html. */
    @WithDefault("text/plain")
    String contentType();
}
