package io.factstream.spectrum.ratings;

import io.factstream.contracts.Bias;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Outlet domain to bias rating and who rated it, read from CSV tables ({@code domain,bias,factual,source}; {@code #}
 * comments).
 */
public class OutletRatings {
    private final Map<String, Rating> ratingByDomain = new HashMap<>();

    private record Rating(Bias bias, String source) {
        static final Rating NONE = new Rating(Bias.UNRATED, null);
    }

    /** Adds a table's ratings; a later table overrides an earlier one for the same domain. */
    public void load(Reader csv) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        boolean header = true;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] columns = line.split(",", -1);
            ratingByDomain.put(normalize(columns[0]), new Rating(Bias.valueOf(columns[1].strip().toUpperCase(Locale.ROOT)),
                    rater(columns)));
        }
    }

    /**
     * Who gave the rating: the source column's first entry. Later entries name other raters whose different view was
     * not taken ("MBFC via Baly et al. 2018; AllSides 2019 RIGHT").
     */
    private static String rater(String[] columns) {
        String source = columns.length > 3 ? columns[3].split(";")[0].strip() : "";
        return source.isEmpty() ? null : source;
    }

    /** The outlet's bias; subdomains inherit their domain's rating, unknown outlets are {@link Bias#UNRATED}. */
    public Bias biasOf(String outlet) {
        return ratingOf(outlet).bias();
    }

    /** Who rated the outlet, as its table says ("MBFC via Baly et al. 2018"); null for an unrated outlet. */
    public String sourceOf(String outlet) {
        return ratingOf(outlet).source();
    }

    private Rating ratingOf(String outlet) {
        if (outlet == null) {
            return Rating.NONE;
        }
        String domain = normalize(outlet);
        while (true) {
            Rating rating = ratingByDomain.get(domain);
            if (rating != null) {
                return rating;
            }
            int dot = domain.indexOf('.');
            if (dot < 0 || domain.indexOf('.', dot + 1) < 0) {
                return Rating.NONE;
            }
            domain = domain.substring(dot + 1);
        }
    }

    public int size() {
        return ratingByDomain.size();
    }

    private static String normalize(String domain) {
        String lower = domain.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
