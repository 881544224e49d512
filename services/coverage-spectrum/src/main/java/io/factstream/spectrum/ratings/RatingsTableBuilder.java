package io.factstream.spectrum.ratings;

import io.factstream.contracts.Bias;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the default ratings table from the public ratings (README of the datasets folder): MBFC as collected by
 * Baly et al. 2018, then 2020 for outlets the 2018 set lacks, then AllSides 2019 for outlets neither rates. AllSides
 * names sources, so its ratings reach the table through our name-to-domain map; where MBFC rates the same domain,
 * MBFC's rating stays and AllSides' is noted in the source column as a cross-check.
 * <p>Run by {@code make ratings-table DATA=<datasets folder>}.
 */
public final class RatingsTableBuilder {
    static final String MBFC_2018 = "MBFC via Baly et al. 2018";
    static final String MBFC_2020 = "MBFC via Baly et al. 2020";
    static final String ALLSIDES = "AllSides 2019";
    private static final String HEADER = """
            # Outlet bias and factual-reporting ratings, one outlet per line, merged by domain (make ratings-table).
            # Sources: Media Bias/Fact Check (MBFC) ratings as collected by Baly et al., "Predicting Factuality of
            # Reporting and Bias of News Media Sources", EMNLP 2018, and Baly et al., "What Was Written vs. Who Read It:
            # News Media Profiling Using Text Analysis and Social Media Context", ACL 2020
            # (github.com/ramybaly/News-Media-Reliability); AllSides media bias ratings (allsides.com) as collected in
            # October 2019 (github.com/favstats/AllSideR), for outlets MBFC does not rate, by our map of AllSides' source
            # names to domains. The 2018 set's finer scale is preferred where both MBFC sets rate an outlet; left-center /
            # right-center map to LEAN_LEFT / LEAN_RIGHT, extreme ratings to LEFT / RIGHT. Where MBFC and AllSides both rate
            # an outlet, MBFC's rating is kept and AllSides' is named in the source column.
            domain,bias,factual,source
            """;

    /** One line of the table. */
    record Rating(String domain, Bias bias, String factual, String source) {
    }

    private final Map<String, Rating> byDomain = new TreeMap<>();

    /** Adds an MBFC set ({@code source_url, source_url_normalized, ref, fact, bias}) for domains not rated yet. */
    public void addMbfc(Reader tsv, String source) throws IOException {
        for (List<String> row : rows(tsv, '\t')) {
            String domain = domainOf(row.get(0), row.get(1));
            if (domain != null) {
                byDomain.putIfAbsent(domain, new Rating(domain, bias(row.get(4)), row.get(3).strip(), source));
            }
        }
    }

    /**
     * Adds AllSides ratings ({@code news_source, rating, ...}) through {@code domains} (name to domains); sources
     * rated "allsides" (a mix of views) and names without a domain are left out.
     */
    public void addAllSides(Reader csv, Map<String, List<String>> domains) throws IOException {
        for (List<String> row : rows(csv, ',')) {
            String rating = row.get(1).strip();
            if (rating.equals("allsides")) {
                continue;
            }
            for (String domain : domains.getOrDefault(row.get(0).strip(), List.of())) {
                Bias bias = bias(rating);
                byDomain.merge(domain, new Rating(domain, bias, "unrated", ALLSIDES),
                        (mbfc, allSides) -> new Rating(domain, mbfc.bias(), mbfc.factual(),
                                mbfc.source() + "; " + ALLSIDES + " " + bias));
            }
        }
    }

    /** Our map of AllSides names to domains ({@code name,domain}; a name may have several lines). */
    public static Map<String, List<String>> domainMap(Reader csv) throws IOException {
        Map<String, List<String>> domains = new HashMap<>();
        for (List<String> row : rows(csv, ',')) {
            domains.computeIfAbsent(row.get(0).strip(), name -> new ArrayList<>()).add(row.get(1).strip());
        }
        return domains;
    }

    public List<Rating> ratings() {
        return List.copyOf(byDomain.values());
    }

    public void write(Writer out) throws IOException {
        out.write(HEADER);
        for (Rating rating : byDomain.values()) {
            out.write(String.join(",", rating.domain(), rating.bias().name(), rating.factual(), rating.source()) + "\n");
        }
    }

    /**
     * The domain an outlet is rated for: the set's normalised name when it is the site's host. The 2018 set appends a
     * path to the name when MBFC rated one section of a site (The Observer at theguardian.com/observer), which must not
     * rate the whole site: null then.
     */
    static String domainOf(String url, String normalized) {
        String address = url.strip();
        String host = address.contains("://") ? URI.create(address).getHost() : address;
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        return host.equals(normalized.strip().toLowerCase(Locale.ROOT)) ? host : null;
    }

    static Bias bias(String rating) {
        return switch (rating.strip().toLowerCase(Locale.ROOT)) {
            case "extreme-left", "left" -> Bias.LEFT;
            case "left-center" -> Bias.LEAN_LEFT;
            case "center" -> Bias.CENTER;
            case "right-center" -> Bias.LEAN_RIGHT;
            case "extreme-right", "right" -> Bias.RIGHT;
            default -> throw new IllegalArgumentException("unknown bias rating: " + rating);
        };
    }

    /**
     * The rows after the header line, skipping {@code #} comments; CSV fields may be double-quoted and a quoted
     * field may span lines.
     */
    private static List<List<String>> rows(Reader reader, char separator) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean header = true;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String record = line;
            while (record.chars().filter(c -> c == '"').count() % 2 == 1 && (line = lines.readLine()) != null) {
                record += "\n" + line;
            }
            if (!header) {
                rows.add(fields(record, separator));
            }
            header = false;
        }
        return rows;
    }

    static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** {@code <datasets folder> <AllSides name-to-domain map> <output csv>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: RatingsTableBuilder <datasets folder> <allsides-domains.csv> <output.csv>");
            System.exit(2);
        }
        Path datasets = Path.of(args[0]);
        RatingsTableBuilder table = new RatingsTableBuilder();
        try (Reader mbfc2018 = Files.newBufferedReader(datasets.resolve("mbfc-emnlp18.tsv"));
                Reader mbfc2020 = Files.newBufferedReader(datasets.resolve("mbfc-acl2020.tsv"));
                Reader allSides = Files.newBufferedReader(datasets.resolve("allsides-2019.csv"));
                Reader map = Files.newBufferedReader(Path.of(args[1]))) {
            table.addMbfc(mbfc2018, MBFC_2018);
            table.addMbfc(mbfc2020, MBFC_2020);
            table.addAllSides(allSides, domainMap(map));
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            table.write(out);
        }
        System.out.printf("%d outlets rated, written to %s%n", table.ratings().size(), args[2]);
    }
}
