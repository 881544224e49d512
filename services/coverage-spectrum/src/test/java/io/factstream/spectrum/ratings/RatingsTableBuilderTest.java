package io.factstream.spectrum.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.factstream.contracts.Bias;
import io.factstream.spectrum.ratings.RatingsTableBuilder.Rating;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingsTableBuilderTest {
    private static final String MBFC_2018 = """
            source_url\tsource_url_normalized\tref\tfact\tbias
            http://www.harbor-daily.example/\tharbor-daily.example\thttp://mbfc.example/harbor\thigh\tleft-center
            https://www.ridge.example/weekend\tridge.example-weekend\thttp://mbfc.example/ridge-weekend\tmixed\tright
            """;
    private static final String MBFC_2020 = """
            source_url\tsource_url_normalized\tref\tfact\tbias
            https://harbor-daily.example\tharbor-daily.example\thttp://mbfc.example/harbor\tmixed\tleft
            http://www.coast.example/news\tcoast.example\thttp://mbfc.example/coast\thigh\tcenter
            """;
    private static final String ALLSIDES = """
            news_source,rating,rating_num,type
            Harbor Daily,center,3,News Media
            "Ridge Post, Weekly",right-center,4,"News
            Media"
            Balanced Roundup,allsides,NA,News Media
            Unmapped Gazette,left,1,News Media
            """;
    private static final String DOMAINS = """
            # our map
            name,domain
            Harbor Daily,harbor-daily.example
            "Ridge Post, Weekly",ridge.example
            "Ridge Post, Weekly",ridgepost.example
            Balanced Roundup,roundup.example
            """;

    @Test
    void mergesMbfcFirstThenAllSidesByOurNameMap() throws Exception {
        RatingsTableBuilder table = new RatingsTableBuilder();
        table.addMbfc(new StringReader(MBFC_2018), RatingsTableBuilder.MBFC_2018);
        table.addMbfc(new StringReader(MBFC_2020), RatingsTableBuilder.MBFC_2020);
        table.addAllSides(new StringReader(ALLSIDES), RatingsTableBuilder.domainMap(new StringReader(DOMAINS)));

        assertEquals(List.of(
                new Rating("coast.example", Bias.CENTER, "high", "MBFC via Baly et al. 2020"),
                new Rating("harbor-daily.example", Bias.LEAN_LEFT, "high", "MBFC via Baly et al. 2018; AllSides 2019 CENTER"),
                new Rating("ridge.example", Bias.LEAN_RIGHT, "unrated", "AllSides 2019"),
                new Rating("ridgepost.example", Bias.LEAN_RIGHT, "unrated", "AllSides 2019")),
                table.ratings());
    }

    @Test
    void writtenTableIsReadByTheService() throws Exception {
        RatingsTableBuilder table = new RatingsTableBuilder();
        table.addMbfc(new StringReader(MBFC_2020), RatingsTableBuilder.MBFC_2020);
        StringWriter written = new StringWriter();
        table.write(written);

        OutletRatings ratings = new OutletRatings();
        ratings.load(new StringReader(written.toString()));
        assertEquals(Bias.LEFT, ratings.biasOf("www.harbor-daily.example"));
        assertEquals(Bias.CENTER, ratings.biasOf("coast.example"));
        assertEquals(2, ratings.size());
    }

    @Test
    void aRatedSectionDoesNotRateItsWholeSite() {
        assertNull(RatingsTableBuilder.domainOf("https://www.ridge.example/weekend", "ridge.example-weekend"));
        assertEquals("coast.example", RatingsTableBuilder.domainOf("http://www.coast.example/news", "coast.example"));
        assertEquals("bare.example", RatingsTableBuilder.domainOf("bare.example", "bare.example"));
    }

    @Test
    void quotedFieldsKeepTheirSeparators() {
        assertEquals(List.of("a", "b, c", "say \"d\""), RatingsTableBuilder.fields("a,\"b, c\",\"say \"\"d\"\"\"", ','));
    }
}
