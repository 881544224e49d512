package io.factstream.spectrum.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The default ratings table, then any tables the operator adds ({@code factstream.ratings.extra-files}). */
@ApplicationScoped
public class OutletRatingsProducer {
    private static final String DEFAULT_TABLE = "ratings/outlet-ratings.csv";

    @Produces
    @ApplicationScoped
    OutletRatings outletRatings(@ConfigProperty(name = "factstream.ratings.extra-files") Optional<List<Path>> extraFiles) {
        OutletRatings ratings = new OutletRatings();
        try (InputStream table = getClass().getClassLoader().getResourceAsStream(DEFAULT_TABLE)) {
            ratings.load(new InputStreamReader(table, StandardCharsets.UTF_8));
            for (Path file : extraFiles.orElse(List.of())) {
                try (var reader = Files.newBufferedReader(file)) {
                    ratings.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outlet ratings", e);
        }
        return ratings;
    }
}
