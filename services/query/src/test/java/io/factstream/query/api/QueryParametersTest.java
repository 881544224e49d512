package io.factstream.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    @Test
    void aDateIsADayOrAnInstantOfTheYearsElasticsearchHolds() {
        List<String> problems = new ArrayList<>();
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), QueryParameters.date("from", "2026-11-23", problems));
        assertEquals(Instant.parse("2026-11-23T08:00:00Z"),
                QueryParameters.date("from", "2026-11-23T08:00:00Z", problems));
        assertEquals(List.of(), problems);

        assertNull(QueryParameters.date("from", "+1000000000-12-31T23:59:59Z", problems), "Java parses it, ES not");
        assertNull(QueryParameters.date("to", "2026-02-30", problems));
        assertEquals(List.of("from must be a date of the years 1 to 9999",
                "to must be an ISO-8601 day or instant, e.g. 2026-11-23 or 2026-11-23T08:00:00Z"), problems);
    }

    @Test
    void aPageEndsWithinTheFirstTenThousandResults() {
        List<String> problems = new ArrayList<>();
        QueryParameters.page(99, 100, 100, problems);
        assertEquals(List.of(), problems, "results 9,901 to 10,000");
        QueryParameters.page(100, 100, 100, problems);
        QueryParameters.page(Integer.MAX_VALUE, 100, 100, problems);
        assertEquals(2, problems.size(), "" + problems);
        assertEquals("a page must end within the first 10000 results: narrow the search", problems.getFirst());
    }
}
