package io.factstream.query.stats;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/** {@code GET /stats}: label counts of the claims published in the last 24 hours and the last 7 days. */
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StatsResource {
    private final LabelStats stats;

    public StatsResource(LabelStats stats) {
        this.stats = stats;
    }

    @GET
    public LabelStats.Stats stats() throws IOException {
        return stats.now();
    }
}
