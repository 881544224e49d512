package io.factstream.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Verdict;
import io.factstream.query.report.ResultReader;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /verdicts/stream}: verdict revisions as Server-Sent Events (event {@code verdict}, data the
 * {@code Verdict} JSON, id its decision time in epoch milliseconds). A client reconnecting with
 * {@code Last-Event-ID} first gets the newest verdict of every claim decided since then. Delivery is at least
 * once: a client keeps the highest {@code revision} per {@code claimId}. A client that opens with {@code ?recent=N}
 * (up to 100) first gets the N verdicts decided last, oldest first, so a dashboard never opens empty.
 */
@Path("/verdicts/stream")
public class VerdictStreamResource {
    private static final int MAX_MISSED = 1_000;
    private static final int MAX_RECENT = 100;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final VerdictFeed feed;
    private final ResultReader results;
    private final ObjectMapper json;

    public VerdictStreamResource(VerdictFeed feed, ResultReader results, ObjectMapper json) {
        this.feed = feed;
        this.results = results;
        this.json = json;
    }

    /** Blocking: a resuming client's missed verdicts are read from Elasticsearch before the stream starts. */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("recent") @DefaultValue("0") int recent, @Context Sse sse) throws IOException {
        Instant since = decisionTime(lastEventId);
        List<Verdict> missed = since != null ? results.verdictsSince(since, MAX_MISSED)
                : recent > 0 ? results.latestVerdicts(Math.min(recent, MAX_RECENT)) : List.of();
        Multi<Verdict> verdicts = Multi.createBy().merging().streams(Multi.createFrom().iterable(missed),
                feed.fromNow());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(verdicts.map(verdict -> event(sse, verdict)), keepAlive);
    }

    /** The event id as an instant, or null when absent or not one of ours. */
    private static Instant decisionTime(String eventId) {
        if (eventId == null || !eventId.strip().matches("\\d{1,15}")) {
            return null;
        }
        return Instant.ofEpochMilli(Long.parseLong(eventId.strip()));
    }

    private OutboundSseEvent event(Sse sse, Verdict verdict) {
        try {
            return sse.newEventBuilder().name("verdict").id(Long.toString(verdict.decidedAt().toEpochMilli()))
                    .data(json.writeValueAsString(verdict)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict of " + verdict.claimId() + " cannot be written as JSON", e);
        }
    }
}
