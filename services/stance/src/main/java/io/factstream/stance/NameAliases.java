package io.factstream.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that stand for one another ({@code name-aliases.txt}): "Minsk", "Belarusian" and "Belarus" all name
 * Belarus, so a report that says "Minsk" is not about another country than one that says "Belarus".
 */
final class NameAliases {
    private static final String RESOURCE = "/name-aliases.txt";
    private static final Pattern WORDS = Pattern.compile(" ");
    private static final Map<String, List<String>> CANONICAL = read();

    private NameAliases() {
    }

    /** The name words with every alias replaced by its canonical name's words; two-word aliases are matched too. */
    static Set<String> canonical(List<String> nameWords) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < nameWords.size(); i++) {
            List<String> pair = i + 1 < nameWords.size()
                    ? CANONICAL.get(nameWords.get(i) + " " + nameWords.get(i + 1)) : null;
            if (pair != null) {
                names.addAll(pair);
                i++;
            } else {
                names.addAll(CANONICAL.getOrDefault(nameWords.get(i), List.of(nameWords.get(i))));
            }
        }
        return names;
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> canonical = new HashMap<>();
        try (InputStream in = NameAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] aliasAndName = line.split("\t");
                    canonical.put(aliasAndName[0], List.of(WORDS.split(aliasAndName[1])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(canonical);
    }
}
