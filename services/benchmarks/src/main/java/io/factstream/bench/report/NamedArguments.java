package io.factstream.bench.report;

import java.util.HashMap;
import java.util.Map;

/** The {@code name=value} arguments that the benchmarks' mains take. */
public final class NamedArguments {
    private NamedArguments() {
    }

    public static Map<String, String> of(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] nameAndValue = arg.split("=", 2);
            if (nameAndValue.length != 2) {
                throw new IllegalArgumentException("arguments are name=value, got: " + arg);
            }
            options.put(nameAndValue[0], nameAndValue[1]);
        }
        return options;
    }
}
