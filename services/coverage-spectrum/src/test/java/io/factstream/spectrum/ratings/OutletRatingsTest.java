package io.factstream.spectrum.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factstream.contracts.Bias;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertEquals(Bias.LEAN_LEFT, ratings.biasOf("www.nytimes.com"));
        assertEquals(Bias.CENTER, ratings.biasOf("www.bbc.co.uk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nytimes.com", "washingtonpost.com", "wsj.com", "usatoday.com", "latimes.com",
            "apnews.com", "reuters.com", "bloomberg.com", "npr.org", "pbs.org", "cnn.com", "foxnews.com", "nbcnews.com",
            "cbsnews.com", "abcnews.go.com", "msnbc.com", "politico.com", "axios.com", "thehill.com", "time.com",
            "newsweek.com", "nypost.com", "breitbart.com", "dailywire.com", "huffpost.com", "bbc.com", "bbc.co.uk",
            "theguardian.com", "telegraph.co.uk", "independent.co.uk", "dailymail.co.uk", "economist.com", "ft.com",
            "aljazeera.com", "jpost.com", "spiegel.de"})
    void defaultTableRatesMajorNationalAndInternationalOutlets(String domain) throws Exception {
        OutletRatings ratings = new OutletRatings();
        ratings.load(new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("ratings/outlet-ratings.csv"), StandardCharsets.UTF_8));
        assertNotEquals(Bias.UNRATED, ratings.biasOf(domain));
    }

    @Test
    void subdomainsInheritAndUnknownOutletsAreUnrated() throws Exception {
        OutletRatings ratings = new OutletRatings();
        ratings.load(new StringReader("domain,bias,factual,source\nharbor.example,LEAN_LEFT,high,ours\n"
                + "both.example,RIGHT,mixed,MBFC via Baly et al. 2018; AllSides 2019 LEAN_RIGHT\n"));
        assertEquals(Bias.LEAN_LEFT, ratings.biasOf("news.harbor.example"));
        assertEquals(Bias.UNRATED, ratings.biasOf("unknown.example"));
        assertEquals(Bias.UNRATED, ratings.biasOf("example"));
        assertEquals("ours", ratings.sourceOf("news.harbor.example"), "who rated it, inherited too");
        assertNull(ratings.sourceOf("unknown.example"));
        assertEquals("MBFC via Baly et al. 2018", ratings.sourceOf("both.example"), "the rater whose rating is taken");
    }
}
