package io.factstream.corpus;

import java.net.URI;
import java.nio.file.Path;

/** The command line of the corpus import. */
record ImportOptions(Path file, URI elasticsearch, Path stateDirectory, String index, boolean restart,
        int batchPassages) {
    /** The options after the file, as the usage of every import lists them. */
    static final String OPTIONS_USAGE = """
              --es       Elasticsearch (default http://localhost:9200, the stack of `make run`)
              --state    directory for the checkpoint (default: beside FILE)
              --index    index to write (default %s)
              --restart  ignore the checkpoint and import from the first record
              --batch    passages embedded and indexed per batch (default 256)""";

    static ImportOptions parse(String defaultIndex, String... args) {
        Path file = null;
        URI elasticsearch = URI.create("http://localhost:9200");
        Path stateDirectory = null;
        String index = defaultIndex;
        boolean restart = false;
        int batchPassages = 256;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--es" -> elasticsearch = URI.create(value(args, ++i));
                case "--state" -> stateDirectory = Path.of(value(args, ++i));
                case "--index" -> index = value(args, ++i);
                case "--restart" -> restart = true;
                case "--batch" -> batchPassages = positive(value(args, ++i));
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("no file given");
        }
        return new ImportOptions(file, elasticsearch, stateDirectory, index, restart, batchPassages);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int positive(String number) {
        try {
            int value = Integer.parseInt(number);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--batch needs a positive number, not " + number);
    }
}
