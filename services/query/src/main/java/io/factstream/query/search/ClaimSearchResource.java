package io.factstream.query.search;

import io.factstream.contracts.VerdictLabel;
import io.factstream.support.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /claims?q=&label=&outlet=&topic=&from=&to=&sort=&page=&size=}: claims by words and filters, paged.
 * Dates are ISO-8601 instants or days ({@code 2026-11-23} = from the start of that day, UTC).
 */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ClaimSearchResource {
    private final ClaimSearch search;

    public ClaimSearchResource(ClaimSearch search) {
        this.search = search;
    }

    @GET
    public Response find(@QueryParam("q") String words, @QueryParam("label") String label,
            @QueryParam("outlet") String outlet, @QueryParam("topic") String topic, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") @DefaultValue("relevance") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size)
            throws IOException {
        List<String> problems = new ArrayList<>();
        VerdictLabel verdictLabel = parseEnum(VerdictLabel.class, "label", label, problems);
        ClaimQuery.Sort order = parseEnum(ClaimQuery.Sort.class, "sort", sort, problems);
        Instant fromInstant = parseDate("from", from, problems);
        Instant toInstant = parseDate("to", to, problems);
        if (page < 0) {
            problems.add("page must be 0 or more");
        }
        if (size < 1 || size > ClaimQuery.MAX_SIZE) {
            problems.add("size must be 1 to " + ClaimQuery.MAX_SIZE);
        }
        if (!problems.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, String.join("; ", problems)).toResponse();
        }
        return Response.ok(search.find(new ClaimQuery(words, verdictLabel, blankToNull(outlet), blankToNull(topic),
                fromInstant, toInstant, order, page, size))).build();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(name + " must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static Instant parseDate(String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            problems.add(name + " must be an ISO-8601 day or instant, e.g. 2026-11-23 or 2026-11-23T08:00:00Z");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
