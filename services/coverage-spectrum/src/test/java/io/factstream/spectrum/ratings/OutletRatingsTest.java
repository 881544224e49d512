package io.factstream.spectrum.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Bias;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutletRatingsTest {

    @Test
    void defaultTableRatesMajorOutlets() throws Exception {
        OutletRatings ratings = new OutletRatings();
        ratings.load(new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("ratings/outlet-ratings.csv"), StandardCharsets.UTF_8));
        assertTrue(ratings.size() > 1000);
        assertEquals(Bias.CENTER, ratings.biasOf("reuters.com"));
        assertEquals(Bias.CENTER, ratings.biasOf("www.apnews.com"));
        assertEquals(Bias.RIGHT, ratings.biasOf("foxnews.com"));
    }

    @Test
    void subdomainsInheritAndUnknownOutletsAreUnrated() throws Exception {
        OutletRatings ratings = new OutletRatings();
        ratings.load(new StringReader("domain,bias,factual,source\nharbor.example,LEAN_LEFT,high,ours\n"));
        assertEquals(Bias.LEAN_LEFT, ratings.biasOf("news.harbor.example"));
        assertEquals(Bias.UNRATED, ratings.biasOf("unknown.example"));
        assertEquals(Bias.UNRATED, ratings.biasOf("example"));
    }
}
