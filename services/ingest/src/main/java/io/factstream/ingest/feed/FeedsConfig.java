package io.factstream.ingest.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The feeds to poll; documented in application.properties. */
@ConfigMapping(prefix = "factstream.ingest.feeds")
public interface FeedsConfig {

    /** None by default: then nothing is polled. */
    Optional<List<URI>> urls();

    @WithDefault("PT5M")
    Duration interval();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** For connecting, and again for the answer. */
    @WithDefault("PT10S")
    Duration timeout();
}
