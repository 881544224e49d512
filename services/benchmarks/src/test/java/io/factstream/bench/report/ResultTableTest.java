package io.factstream.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultTableTest {
    @Test
    void aSlowRateKeepsItsDecimalsAndALargeOneItsThousandsSeparator() {
        assertEquals("0.30", ResultTable.format(0.3034));
        assertEquals("4.6", ResultTable.format(4.62));
        assertEquals("14", ResultTable.format(14.0));
        assertEquals("13.2", ResultTable.format(13.2));
        assertEquals("1,234", ResultTable.format(1234.4));
    }

    @Test
    void aMeasureBelowItsTargetSaysHowFarAndThatItMissed() {
        String row = new ResultTable().measured("throughput", 0.3, "articles/s", 10, "150 articles").markdown();
        assertTrue(row.contains("| throughput | 0.30 articles/s (150 articles) | ≥ 10 articles/s | 0.03× missed |"), row);
    }
}
