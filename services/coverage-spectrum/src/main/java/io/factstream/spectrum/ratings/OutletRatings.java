package io.factstream.spectrum.ratings;

import io.factstream.contracts.Bias;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Outlet domain to bias rating, read from CSV tables ({@code domain,bias,factual,source}; {@code #} comments). */
public class OutletRatings {
    private final Map<String, Bias> biasByDomain = new HashMap<>();

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
            biasByDomain.put(normalize(columns[0]), Bias.valueOf(columns[1].strip().toUpperCase(Locale.ROOT)));
        }
    }

    /** The outlet's bias; subdomains inherit their domain's rating, unknown outlets are {@link Bias#UNRATED}. */
    public Bias biasOf(String outlet) {
        if (outlet == null) {
            return Bias.UNRATED;
        }
        String domain = normalize(outlet);
        while (true) {
            Bias bias = biasByDomain.get(domain);
            if (bias != null) {
                return bias;
            }
            int dot = domain.indexOf('.');
            if (dot < 0 || domain.indexOf('.', dot + 1) < 0) {
                return Bias.UNRATED;
            }
            domain = domain.substring(dot + 1);
        }
    }

    public int size() {
        return biasByDomain.size();
    }

    private static String normalize(String domain) {
        String lower = domain.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
