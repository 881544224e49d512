package io.factstream.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.ingest.article.InvalidArticleException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-23T10:00:00Z                 | 2026-11-23T10:00:00Z",
        "2026-11-23T11:00:00+01:00            | 2026-11-23T10:00:00Z",
        "2026-11-23T11:00:00.250+01:00        | 2026-11-23T10:00:00.250Z",
        "2026-11-23T11:00+01:00[Europe/Paris] | 2026-11-23T10:00:00Z",
        "2026-11-23T10:00:00                  | 2026-11-23T10:00:00Z",
        "2026-11-23 10:00                     | 2026-11-23T10:00:00Z",
        "2026-11-23 10:00:00+02:00            | 2026-11-23T08:00:00Z",
        "2026-11-23                           | 2026-11-23T00:00:00Z",
        "'Mon, 23 Nov 2026 10:00:00 GMT'      | 2026-11-23T10:00:00Z",
        "'Mon, 23 Nov 2026 11:00:00 +0100'    | 2026-11-23T10:00:00Z",
        "'Mon, 23 Nov 2026 05:00:00 -0500'    | 2026-11-23T10:00:00Z",
        "'Mon, 23 Nov 2026 05:00 EST'         | 2026-11-23T10:00:00Z",
        "'23 Nov 2026 10:00:00 UT'            | 2026-11-23T10:00:00Z",
        "'Mon, 3 Nov 2026 10:00:00 +05:30'    | 2026-11-03T04:30:00Z",
        "23 November 2026                     | 2026-11-23T00:00:00Z",
        "'Monday, 23 November 2026'           | 2026-11-23T00:00:00Z",
        "'November 23, 2026'                  | 2026-11-23T00:00:00Z",
        "'Nov 23, 2026'                       | 2026-11-23T00:00:00Z",
        "'Nov 23, 2026 10:00'                 | 2026-11-23T10:00:00Z",
        "'november 23, 2026, 10:00:30'        | 2026-11-23T10:00:30Z",
        "2026/11/23                           | 2026-11-23T00:00:00Z",
        "2026/11/23 10:00                     | 2026-11-23T10:00:00Z",
        "23.11.2026                           | 2026-11-23T00:00:00Z",
        "23.11.2026 10:00                     | 2026-11-23T10:00:00Z",
        "1795428000                           | 2026-11-23T10:00:00Z",
        "1795428000000                        | 2026-11-23T10:00:00Z",
    })
    void acceptsTheCommonFormats(String written, Instant expected) {
        assertEquals(expected, PublishedTime.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"last tuesday", "2026-13-40", "31.02.2026", "Mon, 32 Nov 2026 10:00:00 GMT",
        "Mon, 23 Nov 2026 10:00:00 XYZ", "12345", "23/11/26"})
    void rejectsWhatItCannotRead(String written) {
        InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> PublishedTime.parse(written));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("2026-11-23T10:00:00Z"), e.getMessage());
        assertTrue(e.getMessage().contains(written), e.getMessage());
    }
}
